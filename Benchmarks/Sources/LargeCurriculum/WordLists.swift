/// The vocabulary the generated curriculum is written from. Plain ASCII with no
/// quotes or backslashes, so every value is safe inside a double-quoted YAML string
/// and one character is one terminal column.
enum WordLists {
    static let topics = [
        "leader election", "quorum reads", "vector clocks", "gossip membership", "write-ahead logging",
        "consistent hashing", "backpressure", "idempotent retries", "lease renewal", "hinted handoff",
        "read repair", "two-phase commit", "snapshot isolation", "failure detection", "rate limiting",
        "load shedding", "bulkheads", "clock skew", "tail latency", "request hedging", "log compaction",
        "anti-entropy", "fencing tokens", "sticky sessions", "cache invalidation", "change data capture",
        "saga workflows", "outbox publishing", "shard rebalancing", "service discovery", "health checking",
        "admission control", "deadline propagation", "exactly-once delivery", "causal ordering", "merkle trees",
        "bloom filters", "range partitioning", "follower reads", "commit latency",
    ]

    static let systems = [
        "a payments ledger", "a chat service", "an inventory store", "a metrics pipeline", "a ride dispatcher",
        "a search index", "a feature-flag service", "a photo store", "a job scheduler", "a billing system",
    ]

    static let qualities = [
        "latency", "availability", "durability", "throughput", "cost", "operability", "correctness", "freshness",
    ]

    static let audiences = [
        "New graduates", "Mid-level engineers", "Senior engineers", "Technical leaders", "Site reliability engineers",
        "Data engineers", "Platform teams", "Engineering managers",
    ]

    static let focuses = ["Laws", "Patterns", "Tools", "Cases", "Numbers", "Practice"]

    static let verbs = ["Write", "Build", "Measure", "Sketch", "Review", "Benchmark", "Document", "Break"]

    static let artifacts = [
        "a one-page note on", "a small prototype of", "a failure drill for", "a capacity sheet for",
        "a design review of", "a runbook entry for", "a test harness for", "a latency budget for",
    ]

    /// Sentences with `{topic}`, `{other}`, `{system}`, `{quality}` and `{number}` holes.
    static let sentences = [
        "Every team that runs {system} meets {topic} sooner or later, usually at the worst possible moment.",
        "The trouble with {topic} is that it looks simple on a whiteboard and subtle in production.",
        "When {topic} goes wrong, the first symptom is often a slow rise in {quality} complaints rather than an outage.",
        "A good mental model of {topic} lets you predict how {system} behaves when a single node stalls.",
        "Most of the cost of {topic} is paid in {quality}, and it is paid on every request, not only during failures.",
        "Engineers who understand {topic} tend to ask better questions about {other} as well.",
        "The published designs that use {topic} differ mostly in what they assume about clocks and networks.",
        "Measured over a week, {system} saw about {number} events where {topic} decided the outcome.",
        "It helps to write down what {topic} promises and, just as important, what it never promises.",
        "Combining {topic} with {other} is common, and the interaction between them is where bugs hide.",
        "A design that ignores {topic} tends to work in testing and fail under the load of a real launch.",
        "The simplest correct version of {topic} is usually slower than the clever one, and easier to operate.",
        "Operators care about {topic} because it decides what the dashboards show during an incident.",
        "Treat {topic} as a trade-off in {quality}, and say out loud which side of the trade you chose.",
        "In {system}, {topic} sits on the critical path, so every extra round trip shows up in the tail.",
        "Reading the failure reports of large systems shows {topic} at the root of roughly {number} incidents.",
    ]

    static let mistakes = [
        "Assuming {topic} is free because the happy path looks fast in a benchmark on one machine.",
        "Testing {topic} only with healthy networks, so the first real partition is also the first test.",
        "Copying a configuration for {topic} from another system without checking its assumptions.",
        "Treating {topic} and {other} as independent when they share the same failure domain.",
        "Measuring the average {quality} and missing the tail where {topic} actually hurts.",
        "Adding {topic} late, after the data model has already made it expensive to retrofit.",
    ]

    static let readings = [
        "Designing Data-Intensive Applications, the chapter that covers {topic}.",
        "The original paper that introduced {topic}, read alongside a production postmortem.",
        "An engineering blog post on running {topic} at scale in {system}.",
        "Lecture notes from a graduate distributed systems course on {topic} and {other}.",
        "A talk from an operations conference on debugging {topic} during an incident.",
    ]
}
