import Foundation

/// How the bytes of a file people bring are read as text. Files from Excel or WPS on Chinese
/// Windows are UTF-8 with or without a byte-order mark, GB18030 (GBK's superset), or
/// UTF-16 ("Unicode text").
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case gb18030
    case utf16 = "utf-16"

    /// The encoding a name given on the command line means (`gbk` and `gb2312` are read as
    /// GB18030, which contains them).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "utf-16", "utf16", "unicode": self = .utf16
        default: return nil
        }
    }

    static let gb18030Foundation = String.Encoding(rawValue: 0x8000_0632)
}

/// Why a file's bytes are not text.
public struct TextDecodingError: Error, Equatable, Sendable {
    /// The first line (from 1) that is not text in the encoding tried.
    public var line: Int
    /// Where on that line (its byte, from 1), when the file is plainly UTF-8 otherwise.
    public var byte: Int?
    /// What was tried: the one given, or UTF-8 and then GB18030.
    public var tried: [TextEncoding]

    public init(line: Int, byte: Int? = nil, tried: [TextEncoding]) {
        self.line = line
        self.byte = byte
        self.tried = tried
    }
}

enum TextDecoding {
    /// What kind of spreadsheet workbook `data` is, by its first bytes: ".xlsx" (a zip
    /// archive) or ".xls" (an OLE compound file, as WPS's ".et" also is); nil for text.
    static func workbook(_ data: Data) -> String? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return ".xlsx" }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return ".xls" }
        return nil
    }

    /// The text of `data`, and the encoding it was read in: `encoding` when given, else
    /// what a byte-order mark says, else UTF-8 if every byte fits, else GB18030.
    static func decode(_ data: Data, encoding: TextEncoding?) throws -> (String, TextEncoding) {
        let bytes = [UInt8](data)
        if encoding == nil || encoding == .utf16, let text = utf16(bytes) { return (text, .utf16) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if encoding == nil || encoding == .utf8, let bad = firstInvalidUTF8(body),
           bytes.starts(with: [0xEF, 0xBB, 0xBF]) || body[..<bad].filter({ $0 >= 0xE0 }).count >= 2 || encoding == .utf8 {
            // UTF-8 text up to a bad byte (a file cut inside its last character, a stray
            // byte): say where, rather than read the whole file as GB18030 garbage. UTF-8
            // is known by Chinese characters (three bytes each, the first E0 or above) before
            // the bad byte: a GB18030 character (two bytes) is often valid UTF-8 by chance
            // (选 is D1 A1), two three-byte ones in a row hardly ever.
            let lineStart = body[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            throw TextDecodingError(line: body[..<bad].filter { $0 == 0x0A }.count + 1, byte: bad - lineStart + 1, tried: [.utf8])
        }
        let order: [TextEncoding] = encoding.map { [$0] } ?? [.utf8, .gb18030]
        for candidate in order {
            // A byte-order mark written in GB18030 (iconv does) reads as U+FEFF: not text.
            if let text = decode(body, candidate) { return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, candidate) }
        }
        throw TextDecodingError(line: firstBadLine(body, order.last!), tried: order)
    }

    private static func decode(_ bytes: [UInt8], _ encoding: TextEncoding) -> String? {
        switch encoding {
        case .utf8: String(validating: bytes, as: UTF8.self)
        case .gb18030: String(data: Data(bytes), encoding: TextEncoding.gb18030Foundation)
        case .utf16: utf16(bytes)
        }
    }

    /// UTF-16 with its byte-order mark (what Excel's "Unicode text" writes).
    private static func utf16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let little: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): little = true
        case (0xFE, 0xFF): little = false
        default: return nil
        }
        let units = stride(from: 2, to: bytes.count, by: 2).map {
            little ? UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 : UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1])
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return text
            case .error: return nil
            }
        }
    }

    /// The index of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let (length, low, high): (Int, UInt8, UInt8) = switch lead {
            case 0x00...0x7F: (1, 0, 0)
            case 0xC2...0xDF: (2, 0x80, 0xBF)
            case 0xE0: (3, 0xA0, 0xBF)
            case 0xED: (3, 0x80, 0x9F)
            case 0xE1...0xEF: (3, 0x80, 0xBF)
            case 0xF0: (4, 0x90, 0xBF)
            case 0xF1...0xF3: (4, 0x80, 0xBF)
            case 0xF4: (4, 0x80, 0x8F)
            default: (0, 0, 0)
            }
            guard length > 0, index + length <= bytes.count else { return index }
            if length > 1 {
                guard (low...high).contains(bytes[index + 1]) else { return index }
                for next in bytes[(index + 2)..<(index + length)] where !(0x80...0xBF).contains(next) { return index }
            }
            index += length
        }
        return nil
    }

    private static func firstBadLine(_ bytes: [UInt8], _ encoding: TextEncoding) -> Int {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        return (lines.firstIndex { decode(Array($0), encoding) == nil } ?? 0) + 1
    }
}
