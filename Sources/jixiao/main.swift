import JixiaoCommands

CommandLineTool.main()
