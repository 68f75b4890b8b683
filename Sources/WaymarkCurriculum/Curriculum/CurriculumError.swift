import Foundation

/// Failures that stop a curriculum from being used at all. Problems inside the
/// files are `Diagnostic`s instead, so that all of them can be reported at once.
public enum CurriculumError: Error, CustomStringConvertible, Equatable {
    case invalid([Diagnostic])
    case missingFile(String)
    case unreadable(String, reason: String)
    case tooLarge(String, bytes: Int, limit: Int)
    case outsideCurriculum(String)
    case unknownLesson(String)
    case notADirectory(String)

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .missingFile(let file):
            return "\(file): no such file".sanitizedForDisplay
        case .unreadable(let file, let reason):
            return "\(file): cannot be read: \(reason)".sanitizedForDisplay
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): \(bytes) bytes is over the \(limit)-byte limit for a curriculum file".sanitizedForDisplay
        case .outsideCurriculum(let file):
            return "\(file): refers outside the curriculum directory".sanitizedForDisplay
        case .unknownLesson(let id):
            return "no lesson with id '\(id)'".sanitizedForDisplay
        case .notADirectory(let path):
            return "\(path): not a curriculum directory (it needs a curriculum.yaml)".sanitizedForDisplay
        }
    }
}
