import Foundation

/// `swift run -c release JixiaoBenchmarks reader [FILE] [ITERATIONS]`
/// `swift run -c release JixiaoBenchmarks reader-scaling [BYTES…]`
/// `swift run -c release JixiaoBenchmarks template [ITERATIONS]`
///
/// `swift run -c release JixiaoBenchmarks render TEMPLATE DATA N OUT` / `batch TEMPLATE DATA COUNT OUTDIR`
///   / `parse FILE N` / `units DIR COUNT [JOBS]` (see `EngineBenchmark`, `UnitsBenchmark`)
///
/// Prints figures; nothing here asserts a speed (tests never time things).
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "reader":
    ReaderBenchmark.run(arguments: Array(arguments.dropFirst()))
case "reader-scaling":
    ReaderScalingBenchmark.run(arguments: Array(arguments.dropFirst()))
case "template":
    TemplateBenchmark.run(arguments: Array(arguments.dropFirst()))
case "render":
    EngineBenchmark.render(Array(arguments.dropFirst()))
case "batch":
    EngineBenchmark.batch(Array(arguments.dropFirst()))
case "parse":
    EngineBenchmark.parse(Array(arguments.dropFirst()))
case "units":
    UnitsBenchmark.run(Array(arguments.dropFirst()))
default:
    print("用法：swift run -c release JixiaoBenchmarks reader [数据文件] [次数]")
    print("      swift run -c release JixiaoBenchmarks reader-scaling [字节数…]")
    print("      swift run -c release JixiaoBenchmarks template [次数]")
    print("      swift run -c release JixiaoBenchmarks render 模板 数据文件 次数 输出文件")
    print("      swift run -c release JixiaoBenchmarks batch 模板 数据文件 份数 输出文件夹")
    print("      swift run -c release JixiaoBenchmarks parse 数据文件 次数")
    print("      swift run -c release JixiaoBenchmarks units 数据文件夹 单位数 [线程数]")
    exit(64)
}
