import ArgumentParser
import Foundation
import WaymarkCore
import WaymarkSync
import WaymarkTUI

extension Waymark {
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Merge progress with another machine's through a git remote you choose.",
            discussion: """
                Progress is committed in a git repository beside it (DATA-DIR/sync), fetched, merged \
                entry by entry with the remote's, saved, and pushed. Any git remote works: a private \
                repository on a hosting service, a bare repository on a server or a USB stick, a local \
                path. Offline, progress is saved here as always; sync later.

                Examples:
                  waymark sync --remote git@github.com:you/waymark-progress.git
                  waymark sync --remote /media/usb/waymark.git
                  waymark sync
                """)

        @Option(
            help: ArgumentHelp(
                "Sync with URL from now on (any git URL or path), then sync.", valueName: "URL"))
        var remote: String?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let remote, remote.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--remote needs a URL or a path, for example /media/usb/waymark.git.")
            }
        }

        /// A local path as given on the command line is relative to where the command
        /// runs; git would read it relative to the repository. URLs (`scheme://`, and
        /// ssh's `host:path`) stay as they are.
        static func absolute(_ remote: String) -> String {
            guard !remote.contains(":") else { return remote }
            let expanded = NSString(string: remote).expandingTildeInPath
            return URL(fileURLWithPath: expanded).standardizedFileURL.path
        }

        func run() throws {
            let synchronizer = global.synchronizer
            do {
                if let remote { try synchronizer.setRemoteWaiting(Self.absolute(remote)) }
                try Console.print(try synchronizer.syncWaiting().summary)
            } catch let error as SyncError {
                throw Failure(error.description)
            }
        }
    }
}

extension Locations {
    /// Syncs every progress file of this data directory; the merge driver it
    /// configures runs this binary.
    var synchronizer: Synchronizer {
        Synchronizer(
            dataDirectory: ProgressStore.directory(explicit: dataDirectory), executable: RunningExecutable.path)
    }

    /// The view's `S`: the same sync as the command, its line as the view's message.
    var syncHook: SyncHook {
        let directory = ProgressStore.directory(explicit: dataDirectory)
        return SyncHook(
            remote: { Synchronizer.remote(in: directory) }, lastSynced: { Synchronizer.lastSynced(in: directory) },
            run: {
                // Made when the learner syncs, not at start: finding the executable and
                // reading the environment were a twentieth of a returning learner's
                // first frame. The view's stores: a wait for a lock gives way to the
                // view's own signal handling.
                let synchronizer = Synchronizer(dataDirectory: directory, executable: RunningExecutable.path) {
                    ProgressStore(
                        directory: $0,
                        lockWait: LockWait(timeout: .seconds(5), isInterrupted: NCursesTerminal.signalPending))
                }
                do throws(SyncError) {
                    return (try synchronizer.syncWaiting().summary, false)
                } catch {
                    return (error.description, true)
                }
            })
    }
}

/// The binary now running, by its real path: git runs it later as the merge driver.
enum RunningExecutable {
    static var path: String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let argument = CommandLine.arguments.first ?? "waymark"
        return URL(fileURLWithPath: argument).standardizedFileURL.path
    }
}
