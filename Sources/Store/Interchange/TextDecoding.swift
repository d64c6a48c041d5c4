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
    /// What was tried: the one given, or UTF-8 and then GB18030.
    public var tried: [TextEncoding]
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

    private static func firstBadLine(_ bytes: [UInt8], _ encoding: TextEncoding) -> Int {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        return (lines.firstIndex { decode(Array($0), encoding) == nil } ?? 0) + 1
    }
}
