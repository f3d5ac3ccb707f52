/// "Did you mean …": the closest of a few known names to what the user typed
/// (`pase` → `parse`, `endfro` → `endfor`, `填写日期` → `填报日期`, `万` → `万元`,
/// `人员经费支出` → `人员经费`).
public enum Suggestion {
    /// The candidate within a small edit distance of `typed`, or one that `typed` begins or
    /// ends a word of (a unit written short, a key written long); nil when none is close.
    /// Among equally distant candidates the one sharing the longest beginning wins.
    public static func nearest(to typed: String, in candidates: [String]) -> String? {
        let typedCharacters = Array(typed)
        let scored = candidates.map { candidate -> (name: String, distance: Int, prefix: Int) in
            let characters = Array(candidate)
            return (candidate, distance(typedCharacters, characters), zip(typedCharacters, characters).prefix { $0 == $1 }.count)
        }
        let acceptable = scored.filter { item in
            let shorter = min(typed.count, item.name.count)
            return item.distance <= max(1, shorter / 3) || (item.prefix == shorter && shorter > 0)
        }
        return acceptable.min { ($0.distance, -$0.prefix) < ($1.distance, -$1.prefix) }?.name
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
