import Foundation

/// The real `waymark` binary in a real terminal: a private tmux server per test,
/// keys sent with send-keys, the screen read with capture-pane.
final class TmuxSession {
    let socket = "waymark-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let dataDirectory: URL

    init(dataDirectory: URL) {
        self.dataDirectory = dataDirectory
    }

    private var statusFile: URL { FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status") }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
        try? FileManager.default.removeItem(at: statusFile)
    }

    /// Starts waymark in a `width`x`height` window; the pane stays after exit so
    /// its exit status and terminal state can be read.
    func start(width: Int = 80, height: Int = 24, arguments: [String] = [], environment: [String: String] = [:]) throws
    {
        var env = ["LANG": "C.UTF-8", "TERM": "tmux-256color", "WAYMARK_DATA_DIR": dataDirectory.path]
        env.merge(environment) { $1 }
        // `env` inside the pane, because tmux sets TERM itself after applying -e.
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let unset = environment["NO_COLOR"] == nil ? ["-u", "NO_COLOR"] : []
        let command = (["env"] + unset + assignments + [WaymarkBinary.url.path] + arguments).map { "'\($0)'" }
            .joined(separator: " ")
        // Hold the program until remain-on-exit is set, so even an instant exit
        // leaves the pane; record its exit status in a file, because tmux's own
        // report of it proved unreliable. The shell traps (not ignores) the
        // signals so that it outlives Waymark while Waymark still gets them.
        try? FileManager.default.removeItem(at: statusFile)
        let script = "sleep 0.3; trap : INT TERM HUP; \(command); echo $? > '\(statusFile.path)'"
        try tmux(
            ["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", script], capture: false)
        try tmux(["set-option", "-w", "-t", "e2e", "remain-on-exit", "on"])
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "e2e"] + keys)
    }

    /// Types text literally (no key-name lookup), e.g. a note with Unicode in it.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "e2e", "-l", text])
    }

    /// Closes the terminal under the program, as a closed window or a dropped
    /// SSH session would. The wrapper shell traps SIGHUP, so Waymark has to
    /// notice the hang-up itself.
    func closeTerminal() throws {
        try tmux(["kill-server"], capture: false)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen; with `history`, also what scrolled off the top.
    func screen(colours: Bool = false, history: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "e2e"] + (colours ? ["-e"] : []) + (history ? ["-S", "-100"] : []))
    }

    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition`, up to `seconds`; returns the
    /// last screen either way so a failure shows what was there.
    @discardableResult
    func waitFor(seconds: Double = 10, _ condition: (String) -> Bool) throws -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (true, last) }
            usleep(50_000)
        } while Date() < deadline
        return (false, last)
    }

    func waitFor(_ text: String, seconds: Double = 10) throws -> (found: Bool, screen: String) {
        try waitFor(seconds: seconds) { $0.contains(text) }
    }

    /// Waits for the program to exit; returns its exit status.
    func waitForExit(seconds: Double = 10) throws -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
                let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            usleep(50_000)
        } while Date() < deadline
        return nil
    }

    /// Runs one tmux command with posix_spawn and waitpid. Foundation's Process
    /// waits for every inherited descriptor to close, and the tmux server that the
    /// first command daemonises keeps them open, so it would never return.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, capture ? output.path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // A clean signal state: the test runner's blocked or ignored signals must
        // not leak into tmux and from there into Waymark.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return capture ? ((try? String(contentsOf: output, encoding: .utf8)) ?? "") : ""
    }
}
