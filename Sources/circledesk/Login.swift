import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The OS login of whoever runs the program: the key to their operator account.
enum Login {
    static var current: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
