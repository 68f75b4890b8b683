import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Options every command takes: which curriculum, where progress lives.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the curriculum in DIR instead of the bundled one.", valueName: "DIR"))
    var curriculum: String?

    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Keep progress in DIR (default: $WAYMARK_DATA_DIR, else $XDG_DATA_HOME/waymark, else ~/.local/share/waymark).",
            valueName: "DIR"))
    var dataDirectory: String?

    /// The curriculum named by `--curriculum`, or the bundled one; every problem reported.
    func loadCurriculum() throws -> Curriculum {
        guard curriculum != nil else { return BundledCurriculum.curriculum }
        do {
            return try CurriculumLoader(source: curriculumSource()).load()
        } catch let error as CurriculumError {
            throw Failure(error.description)
        }
    }

    func curriculumSource() throws -> any CurriculumSource {
        guard let curriculum else { return BundledCurriculum.source }
        do {
            return try DirectoryCurriculumSource(root: URL(fileURLWithPath: curriculum), name: curriculum)
        } catch let error as CurriculumError {
            throw Failure(error.description)
        }
    }

    var store: ProgressStore {
        ProgressStore(
            directory: ProgressStore.directory(
                explicit: dataDirectory, environment: ProcessInfo.processInfo.environment))
    }

    func loadProgress() throws -> LearnerProgress {
        do {
            return try store.load()
        } catch {
            throw Failure(error.description)
        }
    }
}

/// A failure the learner can act on: printed as is, exit status 1.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
