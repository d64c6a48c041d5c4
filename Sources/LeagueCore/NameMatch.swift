/// What a typed name stands for among named things — townships, categories, people — as
/// staff type it: in characters (三魁镇, 三魁), in pinyin initials or reading (sk, sankui,
/// Sankui), with or without an IME's full-width forms.
public enum NameMatch {
    /// The ids whose names `typed` is, in the candidates' order and each once: the names it
    /// equals if any (case aside); else those holding it; else those whose pinyin starts with
    /// it. One id is a choice made; several are for the person to choose from; none, a
    /// name not known.
    public static func find<ID: Hashable>(_ typed: String, in candidates: [(names: [String], id: ID)]) -> [ID] {
        let text = IMEText.folded(typed).trimmed.lowercased()
        guard !text.isEmpty else { return [] }
        let tiers: [(String) -> Bool] = [
            { $0.lowercased() == text },
            { $0.lowercased().contains(text) },
            { Pinyin.isQuery(text) && Pinyin.matches(keys: Pinyin.searchKeys($0), query: text) },
        ]
        for tier in tiers {
            var found: [ID] = []
            for candidate in candidates where !found.contains(candidate.id) && candidate.names.contains(where: tier) {
                found.append(candidate.id)
            }
            if !found.isEmpty { return found }
        }
        return []
    }
}
