/// What a file is, by its first bytes, never by its name: the phones send JPEG and HEIC,
/// screenshots come as PNG. Anything else is named so the message can say what it was.
public enum PhotoFormat: Equatable, Sendable {
    case jpeg, png, heif
    /// A picture format that is not taken (GIF, WebP, BMP, TIFF), by name.
    case other(String)
    /// Not a picture at all.
    case unknown

    public init(sniffing bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(16))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0xFF, 0xD8, 0xFF]) { self = .jpeg }
        else if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { self = .png }
        else if starts(Array("ftyp".utf8), at: 4), head.count >= 12,
                let brand = String(bytes: head[8..<12], encoding: .ascii) {
            self = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"].contains(brand) ? .heif : .other(brand == "avif" ? "AVIF" : "MP4/MOV")
        }
        else if starts(Array("GIF8".utf8)) { self = .other("GIF") }
        else if starts(Array("RIFF".utf8)), head.count >= 12, String(bytes: head[8..<12], encoding: .ascii) == "WEBP" { self = .other("WebP") }
        else if starts(Array("BM".utf8)) { self = .other("BMP") }
        else if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { self = .other("TIFF") }
        else { self = .unknown }
    }
}
