import Foundation

/// Pictures made by other programs than the one under test: PNGs written byte by byte by
/// Python's zlib, EXIF tags set by exiftool, HEIC encoded by libheif's heif-enc.
public enum PhotoFiles {
    /// A PNG of `width` × `height`: the left half black and the right half white, or as
    /// `pattern` says ("split", "alpha": a transparent half, "noise": random pixels, which
    /// compress as badly as a photo, "header": only the header and a cut-off first chunk,
    /// for pictures too large to make).
    public static func png(_ width: Int, _ height: Int, pattern: String = "split", in folder: TemporaryFolder, name: String = "picture.png") throws -> String {
        let path = folder.file(name)
        let result = try Shell.python("""
            import os, struct, sys, zlib
            w, h, pattern, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
            def chunk(kind, data):
                return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
            alpha = pattern == 'alpha'
            header = struct.pack('>IIBBBBB', w, h, 8, 6 if alpha else 2, 0, 0, 0)
            if pattern == 'header':
                body = chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b'\\0' * 1000))
            else:
                rows = bytearray()
                for y in range(h):
                    rows.append(0)
                    if pattern == 'noise':
                        rows += os.urandom(w * 3)
                        continue
                    for x in range(w):
                        value = 0 if x < w // 2 else 255
                        rows += bytes([value, value, value]) + (bytes([0 if x < w // 2 else 255]) if alpha else b'')
                body = chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(bytes(rows))) + chunk(b'IEND', b'')
            open(path, 'wb').write(b'\\x89PNG\\r\\n\\x1a\\n' + body)
            """, [String(width), String(height), pattern, path])
        guard result.status == 0 else { throw Failure(result.error) }
        return path
    }

    /// Runs exiftool on `path` (in place), e.g. ["-Orientation#=6", "-GPSLatitude=27.5"].
    public static func exiftool(_ arguments: [String], _ path: String) throws -> String {
        let result = try Shell.run("/usr/bin/exiftool", arguments + [path])
        guard result.status == 0 else { throw Failure(result.error) }
        return result.output
    }

    /// A HEIC made from the PNG at `path` by heif-enc.
    public static func heic(from path: String, in folder: TemporaryFolder) throws -> String {
        let out = folder.file("photo.heic")
        let result = try Shell.run("/usr/bin/heif-enc", ["-q", "60", "-o", out, path])
        guard result.status == 0 else { throw Failure(result.error + result.output) }
        return out
    }

    public static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
