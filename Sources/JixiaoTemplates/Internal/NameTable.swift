/// Values by name, in the order they were first set, found by the hash each `TemplateName`
/// computed when it was made.
///
/// A `Dictionary` would feed that hash through SipHash again on every lookup, which cost a
/// tenth of render time: every `{{ 单位 }}` looks through the scopes and then the data.
struct NameTable: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// The names in the order they were first set.
    private(set) var names: [TemplateName] = []
    private var values: [TemplateValue] = []
    /// Open addressing: each slot holds an index into `names` plus one, or 0 when empty. Its
    /// count is a power of two at least twice `names.count`; it stays empty while the table is
    /// small enough to search from end to end (a scope holds a loop variable or two).
    private var slots: [Int32] = []
    private static let largestSearchedTable = 8

    init() {}

    /// An empty table with room for `capacity` names before it grows (a macro's parameters).
    init(minimumCapacity capacity: Int) {
        names.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    init(dictionaryLiteral elements: (TemplateName, TemplateValue)...) {
        for (name, value) in elements { self[name] = value }
    }

    var count: Int { names.count }

    /// The value set for `name`; setting nil removes it.
    subscript(name: TemplateName) -> TemplateValue? {
        get { index(of: name).map { values[$0] } }
        set {
            guard let newValue else { return remove(name) }
            if let index = index(of: name) {
                values[index] = newValue
                return
            }
            names.append(name)
            values.append(newValue)
            if names.count > Self.largestSearchedTable {
                if slots.count < names.count * 2 { rebuildSlots() } else { place(names.count - 1) }
            }
        }
    }

    /// Empties the table but keeps its storage, for a loop's scope between iterations.
    mutating func removeAll(keepingCapacity: Bool) {
        names.removeAll(keepingCapacity: keepingCapacity)
        values.removeAll(keepingCapacity: keepingCapacity)
        slots = []
    }

    func makeIterator() -> Zip2Sequence<[TemplateName], [TemplateValue]>.Iterator {
        zip(names, values).makeIterator()
    }

    /// Where `name` stands in `names`, if set.
    private func index(of name: TemplateName) -> Int? {
        guard !slots.isEmpty else { return names.lastIndex(of: name) }
        let mask = slots.count - 1
        var slot = name.hash & mask
        while slots[slot] > 0 {
            let index = Int(slots[slot]) - 1
            if names[index] == name { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func remove(_ name: TemplateName) {
        guard let index = index(of: name) else { return }
        names.remove(at: index)
        values.remove(at: index)
        rebuildSlots()
    }

    /// Lays the slots out again for the names there are now: none for a small table.
    private mutating func rebuildSlots() {
        guard names.count > Self.largestSearchedTable else {
            slots = []
            return
        }
        var capacity = 8
        while capacity < names.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        for index in names.indices { place(index) }
    }

    /// Puts `names[index]` in the first free slot from its hash on.
    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = names[index].hash & mask
        while slots[slot] > 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }
}
