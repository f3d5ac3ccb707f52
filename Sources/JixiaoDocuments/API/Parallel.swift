import Foundation

/// Work done at once, on every core: many units of a run, the documents of one unit, checking a
/// file while its templates compile. Results come back in the order of the inputs.
public enum Parallel {
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let results = Results<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }

    /// `first()` and `second()` at once (on two cores when there are two), when both are done.
    public static func both<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second)
        -> (First, Second)
    {
        let firsts = Results<First>(count: 1)
        let seconds = Results<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firsts.set(0, first()) } else { seconds.set(0, second()) }
        }
        return (firsts.values[0], seconds.values[0])
    }

    /// Slots written once each from several threads, read when all are done.
    private final class Results<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
    }
}
