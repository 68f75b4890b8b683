import Foundation
import WaymarkCore
import WaymarkCurriculum
import WaymarkTUI

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
    /// The curriculum named by `--curriculum`, or the bundled one; every problem
    /// reported. A directory is parsed once and then read from its snapshot in the
    /// cache for as long as none of its files change.
    func loadCurriculum() throws -> Curriculum {
        guard let source = try directorySource() else { return BundledCurriculum.curriculum }
        let load = { try CurriculumLoader(source: source).load() }
        do {
            guard let cache = CurriculumCache.directory(environment: Environment.value) else { return try load() }
            return try CurriculumCache(directory: cache).curriculum(in: source, load: load)
        } catch let error as CurriculumError {
            throw Failure(error.description)
        }
    }

    func curriculumSource() throws -> any CurriculumSource {
        try directorySource() ?? BundledCurriculum.source
    }

    /// The `--curriculum` directory, or nil for the bundled curriculum.
    func directorySource() throws -> DirectoryCurriculumSource? {
        guard let curriculum else { return nil }
        do {
            return try DirectoryCurriculumSource(root: URL(fileURLWithPath: curriculum), name: curriculum)
        } catch let error as CurriculumError {
            throw Failure(error.description)
        }
    }

    /// Where progress lives: `--data-dir`, else the environment's default.
    var dataDirectoryURL: URL { ProgressStore.directory(explicit: dataDirectory) }

    /// The store of `curriculum`'s progress: `courses/<id>/progress.json`.
    func store(for curriculum: Curriculum) -> ProgressStore {
        ProgressStore(course: curriculum, dataDirectory: dataDirectoryURL)
    }

    /// The store for the interactive view: a wait for another instance's lock ends
    /// early when a signal arrives, which the view's own handlers catch.
    func interactiveStore(for curriculum: Curriculum) -> ProgressStore {
        ProgressStore(
            course: curriculum, dataDirectory: dataDirectoryURL,
            lockWait: LockWait(timeout: .seconds(5), isInterrupted: NCursesTerminal.signalPending))
    }

    /// Takes a copy of the old shared progress file for a course that has none yet
    /// and is its owner, and returns the sentence that says so (nil when nothing was
    /// copied). A copy that cannot be made (a read-only disk) is no reason to stop a
    /// command that only reads: the old file is read in its place.
    func adoptLegacyProgress(_ store: ProgressStore) throws -> String? {
        do {
            guard let legacy = try store.adoptLegacyFile() else { return nil }
            return store.adoptionNotice(of: legacy, dataDirectory: dataDirectoryURL)
        } catch .saveFailed {
            return nil
        } catch {
            throw Failure(error.description)
        }
    }

    func loadProgress(for curriculum: Curriculum) throws -> LearnerProgress {
        let store = store(for: curriculum)
        if let notice = try adoptLegacyProgress(store) { Console.error(notice) }
        do {
            return try store.load()
        } catch {
            throw Failure(error.description)
        }
    }

    /// Applies one change under the store's lock and returns the saved progress.
    func save(_ change: ProgressChange, for curriculum: Curriculum) throws -> LearnerProgress {
        let store = store(for: curriculum)
        if let notice = try adoptLegacyProgress(store) { Console.error(notice) }
        do {
            return try store.apply([change])
        } catch {
            throw Failure(error.description)
        }
    }
}
