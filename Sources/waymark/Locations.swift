import Foundation
import WaymarkCore
import WaymarkCurriculum

/// Where the curriculum and the progress come from. `GlobalOptions` fills it in
/// from the command line; a bare `waymark` uses `DefaultLocations` and never
/// starts the argument parser.
protocol Locations {
    /// A curriculum directory, or nil for the bundled curriculum.
    var curriculum: String? { get }
    /// The progress directory, or nil for the environment's default.
    var dataDirectory: String? { get }
}

/// The bundled curriculum and the default progress directory.
struct DefaultLocations: Locations {
    var curriculum: String? { nil }
    var dataDirectory: String? { nil }
}

extension Locations {
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
        ProgressStore(directory: ProgressStore.directory(explicit: dataDirectory))
    }

    func loadProgress() throws -> LearnerProgress {
        do {
            return try store.load()
        } catch {
            throw Failure(error.description)
        }
    }

    /// Applies one change under the store's lock and returns the saved progress.
    func save(_ change: ProgressChange) throws -> LearnerProgress {
        do {
            return try store.apply([change])
        } catch {
            throw Failure(error.description)
        }
    }
}
