import Foundation
import WaymarkCore

/// Copying the live progress files into the repository and the merged ones back out.
extension Synchronizer {
    /// A live file as its store reads it, and its bytes as the store writes them.
    struct Snapshot {
        var progress: LearnerProgress
        var bytes: Data
    }

    /// The progress files the data directory holds, as paths under it: the one
    /// `progress.json` of earlier releases and each course's `courses/<id>/progress.json`.
    func liveProgressFiles() -> [String] {
        let manager = FileManager.default
        var files: [String] = []
        if manager.fileExists(atPath: dataDirectory.appending(path: "progress.json").path) {
            files.append("progress.json")
        }
        let courses = dataDirectory.appending(path: "courses", directoryHint: .isDirectory)
        for course in (try? manager.contentsOfDirectory(atPath: courses.path)) ?? [] {
            let path = "courses/\(course)/progress.json"
            if manager.fileExists(atPath: dataDirectory.appending(path: path).path) { files.append(path) }
        }
        return files.sorted()
    }

    /// The store that owns a progress file, by its path under the data directory.
    func store(for relativePath: String) -> ProgressStore {
        makeStore(dataDirectory.appending(path: relativePath).deletingLastPathComponent())
    }

    /// Every live file, read through its store (under its lock, briefly). A file
    /// missing here (a new machine) has no snapshot: nothing of it is committed.
    func takeSnapshots() throws(SyncError) -> [String: Snapshot] {
        var snapshots: [String: Snapshot] = [:]
        for path in liveProgressFiles() {
            let progress: LearnerProgress
            do {
                progress = try store(for: path).load()
            } catch {
                throw .progressUnreadable(error.description)
            }
            do {
                snapshots[path] = Snapshot(progress: progress, bytes: try ProgressCodec.encode(progress))
            } catch {
                throw .progressUnreadable("\(error)")
            }
        }
        return snapshots
    }

    /// Copies each merged file out through its store, if the merge changed it and the
    /// live file is still the revision that was merged; when one changed meanwhile,
    /// the merge is undone and nil returned, so the caller merges again with the
    /// newer file. Returns the progress now saved, by file, and leaves the repository
    /// holding exactly it.
    func writeBack(_ snapshots: [String: Snapshot], restoring before: String, remote: String)
        async throws(SyncError) -> [String: LearnerProgress]?
    {
        let tracked = try await repository.git(["ls-files"]).standardOutput.split(whereSeparator: \.isNewline)
            .map(String.init).filter(SyncRepository.isProgressFile)
        var saved: [String: LearnerProgress] = [:]
        var written: [String] = []
        for path in Set(tracked).union(snapshots.keys).sorted() {
            let snapshot = snapshots[path]
            guard let merged = repository.contents(path), merged != snapshot?.bytes else {
                if let snapshot { saved[path] = snapshot.progress }
                continue
            }
            let mergedProgress: LearnerProgress
            do {
                mergedProgress = try ProgressCodec.decode(merged, file: "\(remote): \(path)")
            } catch {
                try await repository.git(["reset", "--quiet", "--hard", before])
                throw .remoteProgressRejected(remote: remote, detail: error.description)
            }
            // A file this machine did not have reads as revision 0 until someone saves it.
            let mergedRevision = snapshot?.progress.revision ?? 0
            var changedMeanwhile = false
            do {
                saved[path] = try store(for: path).update { progress in
                    guard progress.revision == mergedRevision else {
                        changedMeanwhile = true
                        return false
                    }
                    progress = mergedProgress
                    return true
                }
            } catch {
                try await repository.git(["reset", "--quiet", "--hard", before])
                throw .progressUnreadable(error.description)
            }
            guard !changedMeanwhile else {
                // Files already copied out hold the merge, which merging again keeps.
                try await repository.git(["reset", "--quiet", "--hard", before])
                return nil
            }
            written.append(path)
        }
        // Each save counted one more revision: commit the files as saved, so the next
        // sync finds nothing new unless the learner changed something.
        for path in written {
            guard let progress = saved[path], let bytes = try? ProgressCodec.encode(progress) else { continue }
            try repository.write(bytes, to: path)
        }
        if !written.isEmpty {
            _ = try await repository.commit(written, message: "Merged progress saved on \(Self.hostName)")
        }
        return saved
    }
}
