/// "Did you mean …": the closest of a few known names to what the user typed
/// (`pase` → `parse`, `endfro` → `endfor`, `填写日期` → `填报日期`).
public enum Suggestion {
    /// The candidate within a small edit distance of `typed`, or nil when none is close.
    public static func nearest(to typed: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(Array(typed), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(1, min(typed.count, best.0.count) / 3)
        return best.1 <= limit ? best.0 : nil
    }

    /// Levenshtein distance over Characters.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
