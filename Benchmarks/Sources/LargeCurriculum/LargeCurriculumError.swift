/// Why the generator could not write its output.
public enum LargeCurriculumError: Error, CustomStringConvertible {
    case notADirectory(String)
    case directoryNotEmpty(String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .notADirectory(let path): return "\(path) exists and is not a directory"
        case .directoryNotEmpty(let path): return "\(path) is not empty; give a new or empty directory"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
