import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a socket could not be listened on or connected to, as the system said it.
public enum SocketError: Error, Equatable, Sendable {
    /// Nothing listens there (no such file, or a socket left by a server that stopped).
    case noServer(path: String)
    case permissionDenied(path: String)
    /// A server already listens on the path.
    case inUse(path: String)
    /// The path is longer than a socket address holds (107 bytes).
    case pathTooLong(path: String)
    /// Something else the system refused, with its own words.
    case system(path: String, call: String, detail: String)
}

/// Unix stream sockets: the one kind of connection between desks and a server. Who is at
/// the other end is asked of the kernel (`SO_PEERCRED`), never of the peer.
enum UnixSocket {
    /// A listening socket at `path`, which anyone may connect to (who they are is checked per
    /// connection). A socket file left by a server that stopped is replaced; a live one is not.
    static func listen(path: String) throws -> Int32 {
        if isSocket(path) {
            if let live = try? connect(path: path) {
                close(live)
                throw SocketError.inUse(path: path)
            }
            unlink(path)
        }
        // Bound under a name of its own and moved into place once listening: a desk that
        // finds the socket file can connect to it.
        let spare = path + ".new-\(getpid())"
        let building = spare.utf8.count < 108 ? spare : path
        if building != path { unlink(building) }
        let fd = try descriptor(path)
        var address = try self.address(building)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            let error = failure(path, "bind")
            close(fd)
            throw error
        }
        chmod(building, 0o666)
        guard Glibc.listen(fd, 128) == 0, building == path || rename(building, path) == 0 else {
            let error = failure(path, "listen")
            if building != path { unlink(building) }
            close(fd)
            throw error
        }
        return fd
    }

    /// A connection to the server listening at `path`.
    static func connect(path: String) throws -> Int32 {
        let fd = try descriptor(path)
        var address = try self.address(path)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let error = failure(path, "connect")
            close(fd)
            throw error
        }
        return fd
    }

    /// The user id of the process at the other end, as the kernel recorded it at connect.
    static func peerUser(_ fd: Int32) -> uid_t? {
        // struct ucred is pid, uid, gid: three 32-bit numbers (Glibc hides the type itself).
        var credentials: [UInt32] = [0, 0, 0]
        var length = socklen_t(12)
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0, length == 12 else { return nil }
        return credentials[1]
    }

    /// The login name of a user id, from the system's user database.
    static func login(of user: uid_t) -> String? {
        var entry = passwd(), result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(user, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else { return nil }
        return String(cString: name)
    }

    /// Waits at most `seconds` for each read on `fd` (0: for ever).
    static func setReadTimeout(_ fd: Int32, seconds: Int) {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Gives up a write that waits more than `seconds` (a peer that stopped reading).
    static func setWriteTimeout(_ fd: Int32, seconds: Int) {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    static func isSocket(descriptor fd: Int32) -> Bool {
        var status = stat()
        return fstat(fd, &status) == 0 && (status.st_mode & S_IFMT) == S_IFSOCK
    }

    static func isSocket(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFSOCK
    }

    private static func descriptor(_ path: String) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw failure(path, "socket") }
        return fd
    }

    private static func address(_ path: String) throws -> sockaddr_un {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else { throw SocketError.pathTooLong(path: path) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return address
    }

    private static func failure(_ path: String, _ call: String) -> SocketError {
        let code = errno
        switch code {
        case ENOENT, ECONNREFUSED: return .noServer(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        case EADDRINUSE: return .inUse(path: path)
        default: return .system(path: path, call: call, detail: String(cString: strerror(code)))
        }
    }
}
