import Foundation

/// The scale case for Waymark's benchmarks: a curriculum that `waymark validate`
/// accepts, lessons lint included, far larger than any real one. The standard
/// shape is 100 paths, 5,000 lessons and 20,000 deliverables.
///
/// Every word comes from fixed word lists and a seeded generator, so the same
/// shape gives the same bytes on every run and every machine.
public struct LargeCurriculum: Sendable {
    public var pathCount: Int
    public var phasesPerPath: Int
    public var lessonsPerPhase: Int
    public var deliverablesPerPhase: Int
    public var criteriaPerPath: Int

    /// 100 paths × 10 phases, each phase with 5 lessons and 20 deliverables.
    public static let standard = LargeCurriculum(
        pathCount: 100, phasesPerPath: 10, lessonsPerPhase: 5, deliverablesPerPhase: 20, criteriaPerPath: 4)

    /// Each phase spans this many weeks.
    static let weeksPerPhase = 2

    public init(
        pathCount: Int, phasesPerPath: Int, lessonsPerPhase: Int, deliverablesPerPhase: Int, criteriaPerPath: Int
    ) {
        // Fewer than these cannot satisfy the curriculum rules (activities link
        // lesson pairs, the Bootcamp links the first path's first phase).
        self.pathCount = max(1, pathCount)
        self.phasesPerPath = max(1, phasesPerPath)
        self.lessonsPerPhase = max(2, lessonsPerPhase)
        self.deliverablesPerPhase = max(1, deliverablesPerPhase)
        self.criteriaPerPath = max(1, criteriaPerPath)
    }

    public var lessonCount: Int { pathCount * phasesPerPath * lessonsPerPhase }
    public var deliverableCount: Int { pathCount * phasesPerPath * deliverablesPerPhase }

    // MARK: - Ids

    /// `path-001`: numbers are zero-padded so files sort in curriculum order.
    public func pathID(_ path: Int) -> String { "path-" + Self.padded(path + 1, to: pathCount) }

    public func phaseID(_ phase: Int) -> String { "phase-" + Self.padded(phase + 1, to: phasesPerPath) }

    /// `path-001-lesson-017`: lessons are numbered through the path, not per phase.
    public func lessonID(path: Int, phase: Int, lesson: Int) -> String {
        pathID(path) + "-lesson-"
            + Self.padded(phase * lessonsPerPhase + lesson + 1, to: phasesPerPath * lessonsPerPhase)
    }

    public func deliverableID(path: Int, phase: Int, deliverable: Int) -> String {
        pathID(path) + "-" + phaseID(phase) + "-deliverable-" + Self.padded(deliverable + 1, to: deliverablesPerPhase)
    }

    public func criterionID(path: Int, criterion: Int) -> String {
        pathID(path) + "-criterion-" + Self.padded(criterion + 1, to: criteriaPerPath)
    }

    /// Every deliverable id in curriculum order, e.g. to fill a progress file.
    public var deliverableIDs: [String] {
        var ids: [String] = []
        ids.reserveCapacity(deliverableCount)
        for path in 0..<pathCount {
            for phase in 0..<phasesPerPath {
                for deliverable in 0..<deliverablesPerPhase {
                    ids.append(deliverableID(path: path, phase: phase, deliverable: deliverable))
                }
            }
        }
        return ids
    }

    static func padded(_ number: Int, to largest: Int) -> String {
        let digits = String(number)
        let width = max(2, String(largest).count)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: - Files

    /// Every file of the curriculum as a relative path and its text, in a fixed order.
    public func files() -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [("curriculum.yaml", curriculumYAML())]
        for path in 0..<pathCount {
            files.append(("paths/\(pathID(path)).yaml", pathYAML(path)))
        }
        for path in 0..<pathCount {
            for phase in 0..<phasesPerPath {
                for lesson in 0..<lessonsPerPhase {
                    let id = lessonID(path: path, phase: phase, lesson: lesson)
                    files.append(("lessons/\(id).md", lessonMarkdown(path: path, phase: phase, lesson: lesson)))
                }
            }
        }
        return files
    }

    /// Writes the curriculum into `directory`, creating it if needed. Refuses a
    /// directory that already holds anything, so it never mixes with or replaces
    /// other files.
    public func write(to directory: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw LargeCurriculumError.notADirectory(directory.path) }
            guard try manager.contentsOfDirectory(atPath: directory.path).isEmpty else {
                throw LargeCurriculumError.directoryNotEmpty(directory.path)
            }
        }
        for subdirectory in ["paths", "lessons"] {
            try manager.createDirectory(
                at: directory.appendingPathComponent(subdirectory), withIntermediateDirectories: true)
        }
        for file in files() {
            try Self.write(file.text, to: directory.appendingPathComponent(file.path).path)
        }
    }

    /// A plain write: Foundation's `Data.write` fsyncs every file, which a
    /// throwaway fixture of 5,000 lessons does not need.
    private static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw LargeCurriculumError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        let failure = written == text.utf8.count ? nil : String(cString: strerror(errno))
        guard fclose(file) == 0, failure == nil else {
            throw LargeCurriculumError.cannotWrite(path, reason: failure ?? String(cString: strerror(errno)))
        }
    }
}
