import CPhotoAPI

/// A photo drawn for the terminal, by libchafa: as cells of block symbols in palette colours
/// (every terminal, PuTTY and tmux among them), or as an image in the terminal's own
/// graphics protocol where it has one.
public enum PhotoArt {
    /// How many colours the terminal shows; art in fewer is drawn in light and dark only.
    public enum Colors: Int, Sendable {
        case none = 0, eight = 8, sixteen = 16, full = 256
    }

    /// One cell of art: a symbol, and palette indices (nil: the terminal's own colour).
    public struct Cell: Equatable, Sendable {
        public let symbol: Unicode.Scalar
        public let foreground: UInt8?
        public let background: UInt8?
    }

    /// A graphics protocol the terminal speaks.
    public enum Graphics: String, Sendable, CaseIterable {
        case sixel, kitty
    }

    /// Why no photo can be drawn here (the photo functions are not installed, or cannot be
    /// loaded); nil when they can.
    public static var unavailable: PhotoProblem? {
        guard case let .failure(problem) = PhotoLibrary.loaded else { return nil }
        return problem
    }

    /// The photo (JPEG or PNG the store made) as `columns` × `rows` cells, row by row; nil
    /// when it cannot be read. With `narrowOnly`, symbols an East Asian font draws two cells
    /// wide are not used.
    public static func cells(of photo: [UInt8], columns: Int, rows: Int, colors: Colors, narrowOnly: Bool) -> [[Cell]]? {
        guard columns > 0, rows > 0, let library = PhotoLibrary.api,
              let (pixels, width, height) = pixels(of: photo, width: columns * 8, height: rows * 16, library) else { return nil }
        defer { library.free(pixels) }
        let count = columns * rows
        var symbols = [UInt32](repeating: 32, count: count)
        var foreground = [Int32](repeating: -1, count: count), background = [Int32](repeating: -1, count: count)
        guard library.art_cells(pixels, width, height, Int32(columns), Int32(rows), Int32(colors.rawValue), narrowOnly ? 1 : 0,
                                &symbols, &foreground, &background) == 0 else { return nil }
        func index(_ value: Int32) -> UInt8? { (0...255).contains(value) ? UInt8(value) : nil }
        return (0..<rows).map { y in
            (0..<columns).map { x in
                let i = y * columns + x
                return Cell(symbol: Unicode.Scalar(symbols[i]) ?? " ", foreground: index(foreground[i]), background: index(background[i]))
            }
        }
    }

    /// The photo as the bytes of an image in the terminal's graphics protocol `kind`, covering `columns` × `rows` cells of
    /// `cellWidth` × `cellHeight` pixels, to be written with the cursor at the top left.
    public static func image(of photo: [UInt8], columns: Int, rows: Int, cellWidth: Int, cellHeight: Int, graphics kind: Graphics) -> [UInt8]? {
        guard columns > 0, rows > 0, let library = PhotoLibrary.api,
              let (pixels, width, height) = pixels(of: photo, width: columns * cellWidth, height: rows * cellHeight, library) else { return nil }
        defer { library.free(pixels) }
        var out: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        guard library.art_image(pixels, width, height, Int32(columns), Int32(rows), Int32(cellWidth), Int32(cellHeight),
                                kind == .kitty ? 1 : 0, &out, &length) == 0, let out else { return nil }
        defer { library.free(out) }
        return out.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    private static func pixels(of photo: [UInt8], width: Int, height: Int, _ library: cd_photo_api) -> (UnsafeMutablePointer<UInt8>, Int32, Int32)? {
        var pixels: UnsafeMutablePointer<UInt8>? = nil
        var w: Int32 = 0, h: Int32 = 0
        let status = photo.withUnsafeBytes { raw in library.pixels(raw.baseAddress, raw.count, Int32(width), Int32(height), &pixels, &w, &h) }
        guard status == 0, let pixels else { return nil }
        return (pixels, w, h)
    }
}
