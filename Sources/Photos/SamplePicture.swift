import CPhotoAPI

/// Pictures for the sample county: a sky over fields, a house and two people, with a caption drawn in
/// as phones' watermark apps do (`泗溪镇前岭村 2026-11-20`). Small files, made in milliseconds.
public enum SamplePicture {
    public static func jpeg(width: Int, height: Int, sky: UInt32, field: UInt32, caption: String) -> [UInt8]? {
        guard let library = PhotoLibrary.api else { return nil }
        var out: UnsafeMutablePointer<UInt8>? = nil
        var length = 0
        let font = "Noto Sans CJK SC \(max(8, height / 14))"
        guard library.sample(Int32(width), Int32(height), sky, field, caption, font, 70, &out, &length) == 0, let out else { return nil }
        defer { library.free(out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }
}
