import Foundation

extension ProgressStore {
    /// Writes the saved progress with `changes` applied to a file of its own,
    /// `progress.unsaved-<time>.json`, beside the progress file or, when that
    /// directory cannot be written (the usual reason a save failed), in the
    /// temporary directory. For edits that could not be saved: quitting must not
    /// lose them. When the progress file itself cannot be read (damaged), the side
    /// file holds the edits alone. Returns where it went.
    public func writeSideFile(applying changes: [ProgressChange], now: Date = Date()) throws(ProgressError) -> URL {
        var progress = (try? load()) ?? LearnerProgress()
        for change in changes { progress.apply(change) }
        guard let bytes = progress.readableJSON else { throw .dateOutOfRange(file: fileURL.path) }
        let stamp = Timestamp.format(now).filter { $0.isNumber || $0 == "T" }
        let name = "progress.unsaved-\(stamp).json"
        var reasons: [String] = []
        for directory in [realFile.directory, FileManager.default.temporaryDirectory] {
            let target = directory.appending(path: name, directoryHint: .notDirectory)
            do throws(POSIXError) {
                try durableFile.write(bytes, to: target, mode: 0o600)
                return target
            } catch {
                reasons.append("\(directory.path): \(error.reason)")
            }
        }
        throw .saveFailed(
            file: name, reason: "no place to write it (" + reasons.joined(separator: "; ") + ")", previousKept: false)
    }
}
