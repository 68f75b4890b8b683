import Foundation
import WaymarkCurriculum

extension ProgressStore {
    /// The store of one course: `DATA/courses/<course id>/progress.json`, with its
    /// lock, backup and kept originals beside it, and `DATA/progress.json`, where
    /// every course's progress used to be, as the file to take a copy of.
    public init(course curriculum: Curriculum, dataDirectory: URL, lockWait: LockWait = LockWait()) {
        self.init(
            directory: Self.courseDirectory(curriculum.id, in: dataDirectory), lockWait: lockWait,
            course: ProgressKeys(curriculum: curriculum),
            legacyFile: dataDirectory.appending(path: "progress.json", directoryHint: .notDirectory))
    }

    /// `DATA/courses/<id>`. A loaded course's id is a checked slug (lowercase letters,
    /// digits and hyphens), so it is one plain path component; any other string is
    /// made into one, so that no id can climb out of the data directory.
    public static func courseDirectory(_ courseID: String, in dataDirectory: URL) -> URL {
        let name = Identifier.isValid(courseID) ? courseID : CourseID.derived(fromTitle: courseID)
        return dataDirectory.appending(path: "courses", directoryHint: .isDirectory)
            .appending(path: name, directoryHint: .isDirectory)
    }

    /// The file's path from the data directory: `courses/<id>/progress.json`.
    public func relativePath(from dataDirectory: URL) -> String {
        let base = dataDirectory.standardizedFileURL.path
        let path = fileURL.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }

    /// What to tell the learner once their progress was copied out of the old file.
    public func adoptionNotice(of legacy: URL, dataDirectory: URL) -> String {
        "Progress is now kept per course: yours for this course was copied to "
            + "\(relativePath(from: dataDirectory)) in \(dataDirectory.path). The old \(legacy.lastPathComponent) "
            + "is kept as it was."
    }
}
