import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a frame could not be read: the peer's mistake or the connection's end.
enum FrameError: Error, Equatable {
    /// The peer announced more than the limit: nobody honest sends that.
    case tooLarge(Int)
    /// The connection ended inside a frame.
    case truncated
    /// Nothing came within the read timeout.
    case timedOut
    case failed(String)
}

/// Messages travel as frames: four bytes of length (big-endian), then that many bytes of
/// JSON. The length is checked against a limit before anything is read or allocated.
enum Frames {
    /// What a desk may send in one frame: an effect is a few hundred bytes, photos to attach
    /// (made small on the desk's side, `PhotoGathering`) a few megabytes at most.
    static let clientLimit = 8 << 20
    /// What a server may send: a report's answer over the whole county.
    static let serverLimit = 64 << 20

    /// The next frame, or nil when the peer closed the connection between frames.
    static func read(_ fd: Int32, limit: Int) throws -> Data? {
        guard let header = try exactly(4, from: fd, atStart: true) else { return nil }
        let length = header.reduce(0) { $0 << 8 | Int($1) }
        guard length <= limit else { throw FrameError.tooLarge(length) }
        guard let body = try exactly(length, from: fd, atStart: false) else { throw FrameError.truncated }
        return body
    }

    /// Writes one frame whole; false when the peer is gone or stopped reading.
    @discardableResult
    static func write(_ body: Data, to fd: Int32) -> Bool {
        var length = UInt32(body.count).bigEndian
        var frame = Data(bytes: &length, count: 4)
        frame.append(body)
        return frame.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let count = send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                sent += count
            }
            return true
        }
    }

    private static func exactly(_ count: Int, from fd: Int32, atStart: Bool) throws -> Data? {
        var data = Data(count: count)
        var got = 0
        while got < count {
            let read = data.withUnsafeMutableBytes { recv(fd, $0.baseAddress! + got, count - got, 0) }
            if read < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { throw FrameError.timedOut }
                throw FrameError.failed(String(cString: strerror(errno)))
            }
            if read == 0 {
                if got == 0 && atStart { return nil }
                throw FrameError.truncated
            }
            got += read
        }
        return data
    }
}
