/// Why a file was not kept as a photo. Each is said to the person with the file's name;
/// nothing of the file's own text (metadata, a library's message) is in it.
public enum PhotoProblem: Error, Equatable, Sendable {
    /// Larger than a phone's photo could be.
    case tooManyBytes(Int)
    /// A picture of more pixels than the limit, by its header: refused before decoding.
    case tooManyPixels(width: Int, height: Int)
    /// A picture in a format that is not taken (GIF, WebP, …).
    case unsupported(String)
    /// Not a picture.
    case notAPicture
    /// A picture that could not be read to its end: cut short or damaged.
    case unreadable
    /// The image library failed on a picture it had read.
    case failed
    /// The photo functions are not installed or cannot be loaded here (`PhotoLibrary`):
    /// the words say which file and why, for whoever keeps the server.
    case unavailable(String)
}
