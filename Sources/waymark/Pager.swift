import Foundation
import WaymarkCore

#if canImport(Glibc)
    import Glibc
#endif

/// Long output for a person at a terminal: through `$PAGER` (default `less -R`, which
/// keeps Console's bold and dim), the way `git log` and `man` do. When standard output
/// is not a terminal, `PAGER` is empty, or the pager cannot be started, the text is
/// printed as it is. Either way it goes through Console: sanitised, every write checked.
enum Pager {
    static let defaultCommand = "less -R"

    static func show(_ text: String) throws {
        guard isatty(STDOUT_FILENO) == 1, let words = command(), let pager = Spawned(words) else {
            return try Console.print(text)
        }
        // The pager owns the terminal until it exits: Ctrl-C is for it (less stops a
        // search), and a reader who quits early closes the pipe, which is no error here.
        let previousInterrupt = signal(SIGINT, SIG_IGN)
        let previousPipe = signal(SIGPIPE, SIG_IGN)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGPIPE, previousPipe)
        }
        var failure: Error?
        do {
            try Console.print(text, to: pager.input)
        } catch {
            failure = error
        }
        close(pager.input)
        let status = pager.wait()
        // Quitting before the end breaks the pipe, and the pager still exits cleanly;
        // a pager that failed before reading it all is worth a sentence.
        guard failure == nil || status == 0 else {
            throw Failure(
                "The pager (\(words.joined(separator: " "))) stopped before the end, with status \(status). "
                    + "Set PAGER to another pager, or to nothing to print the text straight out.")
        }
    }

    /// `$PAGER` split into words (no shell: a pager is a program and its options),
    /// or the default; nil when `PAGER` is set but empty, which asks for no pager.
    static func command() -> [String]? {
        let value = Environment.value("PAGER") ?? defaultCommand
        let words = value.split(whereSeparator: \.isWhitespace).map(String.init)
        return words.isEmpty ? nil : words
    }

    /// A started pager: its process and the write end of its standard input.
    private struct Spawned {
        let pid: pid_t
        let input: Int32

        /// Starts `words[0]` (looked up in `PATH`) reading from a new pipe; nil when
        /// it cannot be started, a pager that is not installed among them.
        init?(_ words: [String]) {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { return nil }
            // Only the child's copy of the read end may stay open across exec.
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
            posix_spawn_file_actions_addclose(&actions, ends[0])
            var arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
            defer {
                for argument in arguments { free(argument) }
            }
            var pid: pid_t = 0
            let started = posix_spawnp(&pid, words[0], &actions, nil, &arguments, environ)
            close(ends[0])
            guard started == 0 else {
                close(ends[1])
                return nil
            }
            self.pid = pid
            input = ends[1]
        }

        /// Waits for the pager to exit; its exit status, or -1 when it did not exit normally.
        func wait() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 {
                guard errno == EINTR else { return -1 }
            }
            // WIFEXITED and WEXITSTATUS are macros Swift does not import.
            return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
        }
    }
}
