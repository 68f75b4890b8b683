extension TmuxSession {
    /// A fresh data directory opens on the onboarding: `s` skips it to the path
    /// picker, as a learner who wants to look around first would. One skipped
    /// before opens on the picker straight away. Returns the wait for the picker.
    func skipOnboarding() throws -> (found: Bool, screen: String) {
        let first = try waitFor { $0.contains("Waymark · Getting started") || $0.contains("Pick the path") }
        guard first.found, first.screen.contains("Getting started") else { return first }
        try send("s")
        return try waitFor("Pick the path")
    }
}
