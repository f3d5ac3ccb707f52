import JixiaoDiagnostics

/// The command line split into options and values, keeping each one's place.
///
/// `jixiao parse --json a.yaml -o=x -- -b.yaml` splits into
/// `[.option("--json"), .value("a.yaml"), .option("-o", "x"), .value("-b.yaml")]`:
/// `--name=value` carries its value, everything after `--` is a value.
struct SplitArguments {
    enum Element: Equatable {
        case option(String, inlineValue: String?)
        case value(String)
    }

    private(set) var elements: [Element] = []

    init(_ arguments: [String]) {
        var afterTerminator = false
        for argument in arguments {
            if afterTerminator || argument == "-" || !argument.hasPrefix("-") {
                elements.append(.value(argument))
            } else if argument == "--" {
                afterTerminator = true
            } else if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                let name = String(argument[..<equals])
                elements.append(.option(name, inlineValue: String(argument[argument.index(after: equals)...])))
            } else {
                elements.append(.option(argument, inlineValue: nil))
            }
        }
    }

    /// Checks the elements against `command` and collects its values and options.
    func parse(for command: CommandInfo) throws(CommandError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var position = 0
        while position < elements.count {
            switch elements[position] {
            case .value(let value):
                parsed.values.append(value)
            case .option(let name, let inlineValue):
                guard let option = command.option(named: name) else {
                    let names = command.allOptions.flatMap(\.names)
                    throw .usage(.unknownOption(name, suggestion: Suggestion.nearest(to: name, in: names)), command: command.name)
                }
                let key = option.names.last!
                if let valueName = option.valueName {
                    var value = inlineValue
                    if value == nil, position + 1 < elements.count, case .value(let next) = elements[position + 1] {
                        value = next
                        position += 1
                    }
                    guard let value else { throw .usage(.missingValue(option: name, valueName: valueName), command: command.name) }
                    if !option.allowedValues.isEmpty, !option.allowedValues.contains(value) {
                        throw .usage(.valueNotAllowed(option: name, value: value, allowed: option.allowedValues), command: command.name)
                    }
                    parsed.options[key] = value
                } else {
                    if inlineValue != nil { throw .usage(.flagTakesNoValue(name), command: command.name) }
                    parsed.options[key] = ""
                }
            }
            position += 1
        }
        if parsed.has("--help") { return parsed }
        if parsed.values.count < command.arguments.count {
            throw .usage(.missingArgument(command.arguments[parsed.values.count].name), command: command.name)
        }
        if command.arguments.last?.isRepeating != true, parsed.values.count > command.arguments.count {
            throw .usage(.extraArgument(parsed.values[command.arguments.count]), command: command.name)
        }
        return parsed
    }
}
