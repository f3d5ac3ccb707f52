import Foundation

/// `swift run -c release JixiaoBenchmarks reader [FILE] [ITERATIONS]`
/// `swift run -c release JixiaoBenchmarks reader-scaling [BYTES…]`
/// `swift run -c release JixiaoBenchmarks template [ITERATIONS]`
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
default:
    print("用法：swift run -c release JixiaoBenchmarks reader [数据文件] [次数]")
    print("      swift run -c release JixiaoBenchmarks reader-scaling [字节数…]")
    print("      swift run -c release JixiaoBenchmarks template [次数]")
    exit(64)
}
