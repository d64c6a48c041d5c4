/// The county's name as a language writes it: 泰顺县 in Chinese, Taishun County in English
/// (the reading of the name, then what kind of place it is).
public enum CountyName {
    /// A name that is not a county's, city's or district's, or has no reading, as written.
    public static func named(_ name: String, in language: Language) -> String {
        guard language == .en else { return name }
        for (suffix, kind) in [("自治县", "Autonomous County"), ("县", "County"), ("市", "City"), ("区", "District")] where name.hasSuffix(suffix) {
            let reading = Pinyin.reading(String(name.dropLast(suffix.count)))
            guard !reading.isEmpty, reading.allSatisfy(\.isASCII) else { return name }
            return reading.prefix(1).uppercased() + reading.dropFirst() + " " + kind
        }
        return name
    }
}
