/// The curriculum format as data: every mapping of every file, with its keys.
///
/// This table is the one source of truth. The loader takes the allowed and the
/// required keys of each mapping from here (`MappingReader.checkKeys`), the JSON
/// Schema that `waymark schema` prints is generated from it (`CurriculumSchema`),
/// and a test holds `docs/curriculum-format.md` to it.
public enum CurriculumFormat {
    /// Every shape, by name.
    public static func shape(named name: String) -> FormatShape? { shapesByName[name] }

    /// Every shape, in reference order.
    public static let shapes: [FormatShape] = [
        curriculum, lint, prerequisites, prerequisite, pathSelectorEntry, studyTip, pitfall, readingOrder,
        readingStep,
        bootcamp, bootcampStep, path, phase, activity, deliverable, step, successCriterion, lesson, pattern, card,
        glossary, glossaryTerm, selector, concern, selectorQuestion, selectorOption, selectorLeaf, selectorPick,
    ]

    private static let shapesByName = Dictionary(uniqueKeysWithValues: shapes.map { ($0.name, $0) })

    private static func list(_ item: FormatType, nonEmpty: Bool = false) -> FormatType {
        .list(item, minItems: nonEmpty ? 1 : 0)
    }

    // MARK: - curriculum.yaml

    public static let curriculum = FormatShape(
        "curriculum",
        "curriculum.yaml: the course's title, its paths in order, the prelude and the advice around them.",
        keys: [
            .required(
                "format", .integer(min: 1, max: CurriculumLoader.supportedFormat),
                "The version of this file format. This Waymark reads format 1 and refuses a newer one."),
            .required("title", .text, "The course's name."),
            .optional(
                "id", .id,
                "The id the learner's progress is kept under; keep it once learners use the course, "
                    + "and the title can change freely.",
                default: "derived from the title"),
            .optional("introduction", .text, "A paragraph that introduces the course.", default: "none"),
            .required(
                "paths", list(.id, nonEmpty: true),
                "The path ids in the order they are offered; each has its file paths/<id>.yaml."),
            .required("bootcamp", .shape("bootcamp"), "The prelude: a few steps to take before any path."),
            .optional(
                "prerequisites", .shape("prerequisites"), "What a learner should know before starting.",
                default: "none"),
            .optional(
                "path-selector", list(.shape("path-selector-entry")), "Which path suits which learner.",
                default: "[]"),
            .optional("study-tips", list(.shape("study-tip")), "Ways to study that work.", default: "[]"),
            .optional("portfolio-habits", list(.text), "Habits that leave evidence of learning.", default: "[]"),
            .optional("pitfalls", list(.shape("pitfall")), "Common mistakes and what to do instead.", default: "[]"),
            .optional("quick-start", list(.text), "Steps for a learner's first hour.", default: "[]"),
            .optional(
                "reading-orders", list(.shape("reading-order")), "Other ways through the material, by goal.",
                default: "[]"),
            .optional(
                "lint", .shape("lint"),
                "The course's own house rules for lessons, checked by `waymark validate` as warnings.",
                default: "Waymark's house rules, as below"),
        ])

    public static let lint = FormatShape(
        "lint",
        "House rules for lesson bodies. `waymark validate` reports a broken rule as a warning with the actual figure; "
            + "`--strict` makes warnings fail. Any rule can be `off`.",
        keys: [
            .optional(
                "lesson-words", .anyOf([.list(.integer(min: 0), minItems: 2, maxItems: 2), .off]),
                "The fewest and the most words a lesson body should have: [fewest, most].",
                default:
                    "[\(LintSettings.houseLessonWords.lowerBound), \(LintSettings.houseLessonWords.upperBound)]"),
            .optional(
                "self-checks", .anyOf([.integer(min: 0), .off]),
                "The fewest 'Q: ' questions a lesson's self-check section should have.",
                default: "\(LintSettings.houseSelfChecks)"),
            .optional(
                "code-width", .anyOf([.integer(min: 1), .off]),
                "The widest a line of a code block may be, in terminal columns (the reader is 80 wide).",
                default: "\(LintSettings.houseCodeWidth)"),
            .optional(
                "lesson-sections", .anyOf([list(.text), .off]),
                "The '## ' sections every lesson has, in this order.",
                default: "[" + LintSettings.houseLessonSections.joined(separator: ", ") + "]"),
        ])

    public static let prerequisites = FormatShape(
        "prerequisites", "What to know before starting, in two lists.",
        keys: [
            .optional("essential", list(.shape("prerequisite")), "What a learner needs.", default: "[]"),
            .optional("helpful", list(.shape("prerequisite")), "What makes the course easier.", default: "[]"),
        ])

    public static let prerequisite = FormatShape(
        "prerequisite", "A skill to bring, why, and an example of it.",
        keys: [
            .required("topic", .text, "The area, such as 'Networking'."),
            .required("need", .text, "What the learner should be able to do."),
            .required("example", .text, "Where it comes up."),
            .optional(
                "remedy", .text, "What to do about it, shown to a learner who answers 'not yet'.",
                default: "none"),
        ])

    public static let pathSelectorEntry = FormatShape(
        "path-selector-entry", "'If you are this learner, take that path.'",
        keys: [
            .required("profile", .text, "Who the learner is."),
            .required("path", .id, "The id of the path to take; one of 'paths'."),
        ])

    public static let studyTip = FormatShape(
        "study-tip", "A way to study, and why it works.",
        keys: [
            .required("name", .text, "A word or two."),
            .required("practice", .text, "What to do."),
            .required("reason", .text, "Why it helps."),
        ])

    public static let pitfall = FormatShape(
        "pitfall", "A common mistake and what to do instead.",
        keys: [
            .required("mistake", .text, "What learners do."),
            .required("instead", .text, "What works better."),
        ])

    public static let readingOrder = FormatShape(
        "reading-order", "A way through the material for one goal.",
        keys: [
            .required("id", .id, "Its id."),
            .required("title", .text, "Its name."),
            .required("best-for", .text, "Who it suits."),
            .required("time", .text, "How long it takes, in words: '1-2 weeks'."),
            .required(
                "steps", list(.anyOf([.text, .shape("reading-step")]), nonEmpty: true),
                "The steps in order: a sentence, a lesson id on its own (which must name a lesson), "
                    + "or a reading-step mapping that links the lessons and patterns the step means."),
        ])

    public static let readingStep = FormatShape(
        "reading-step", "A step of a reading order with its links, so the order can be walked and ticked.",
        keys: [
            .required("text", .text, "What to do, in a sentence."),
            .optional(
                "lessons", list(.id),
                "The ids of the lessons the step reads, in order; `]` and `[` walk them.", default: "[]"),
            .optional("patterns", list(.id), "The ids of the pattern cards the step means.", default: "[]"),
        ])

    public static let bootcamp = FormatShape(
        "bootcamp", "The prelude: a few steps to take before any path.",
        keys: [
            .required("id", .id, "Its id."),
            .required("title", .text, "Its name, shown wherever the prelude is."),
            .required("summary", .text, "What it is for, in a sentence or two."),
            .required("steps", list(.shape("bootcamp-step"), nonEmpty: true), "The steps, in order."),
            .optional("rationale", list(.text), "Why these steps come first, one line each.", default: "[]"),
            .optional("next-steps", list(.text), "Where to go after the course.", default: "[]"),
        ])

    public static let bootcampStep = FormatShape(
        "bootcamp-step", "One step of the prelude.",
        keys: [
            .required("id", .id, "Its id; progress is kept under it."),
            .required("title", .text, "What to do, in a few words."),
            .required("text", .text, "What to do and why, in a few sentences."),
            .required("lessons", list(.id, nonEmpty: true), "The ids of the lessons this step reads."),
        ])

    // MARK: - paths/<id>.yaml

    public static let path = FormatShape(
        "path", "paths/<id>.yaml: one learning path, a plan of phases over weeks.",
        keys: [
            .required("id", .id, "The path's id; the same as the file name without .yaml."),
            .optional(
                "renamed-from", list(.id),
                "The ids this path had before; progress kept under them moves to this id.",
                default: "[]"),
            .required("title", .text, "The path's name."),
            .required("audience", .text, "Who the path is for."),
            .required("summary", .text, "What the path does, in a sentence or two."),
            .required("duration-weeks", .weeks, "How many weeks it takes: 6 or 6-8."),
            .required("hours-per-week", .weeks, "Hours a week it asks for: 5 or 5-10."),
            .required("focus-order", list(.text, nonEmpty: true), "Its themes, in the order it takes them."),
            .required("phases", list(.shape("phase"), nonEmpty: true), "The phases, in week order."),
            .required(
                "success-criteria", list(.shape("success-criterion"), nonEmpty: true),
                "What the learner can do at the end, to rate themselves against."),
        ])

    public static let phase = FormatShape(
        "phase", "A stretch of weeks with one focus.",
        keys: [
            .required("id", .id, "Its id, unique within the path."),
            .required("weeks", .weeks, "Its weeks: 1 or 1-2; inside the path's duration, after the phase before."),
            .required("focus", .text, "Its theme, shown as its heading."),
            .optional("summary", .text, "What the phase is about.", default: "none"),
            .required("activities", list(.shape("activity"), nonEmpty: true), "What to do, with the lessons to read."),
            .required(
                "deliverables", list(.shape("deliverable"), nonEmpty: true), "What to produce; each can be ticked off."),
        ])

    public static let activity = FormatShape(
        "activity", "Something to do in a phase.",
        keys: [
            .required("text", .text, "What to do."),
            .required("lessons", list(.id, nonEmpty: true), "The ids of the lessons it reads."),
        ])

    public static let deliverable = FormatShape(
        "deliverable", "Something to produce in a phase; the learner ticks it off.",
        keys: [
            .required("id", .id, "Its id; progress is kept under it, so keep it once learners use the course."),
            .optional(
                "renamed-from", list(.id),
                "The ids this deliverable had before; progress kept under them moves to this id.",
                default: "[]"),
            .required("title", .text, "What to produce."),
            .optional("description", .text, "More about it.", default: "none"),
            .required("lessons", list(.id, nonEmpty: true), "The ids of the lessons that help."),
            .optional(
                "steps", list(.shape("step"), nonEmpty: true),
                "Concrete steps toward it, each ticked on its own; progress is kept under each step's id.",
                default: "none"),
        ])

    public static let step = FormatShape(
        "step", "One step of a deliverable, in the order to take them.",
        keys: [
            .required("id", .id, "Its id, unique across the course; progress is kept under it."),
            .optional(
                "renamed-from", list(.id),
                "The ids this step had before; progress kept under them moves to this id.",
                default: "[]"),
            .required("text", .text, "What to do, as one sentence."),
        ])

    public static let successCriterion = FormatShape(
        "success-criterion", "Something the learner can do at the end of the path.",
        keys: [
            .required("id", .id, "Its id; the learner's rating is kept under it."),
            .optional(
                "renamed-from", list(.id),
                "The ids this criterion had before; progress kept under them moves to this id.",
                default: "[]"),
            .required("text", .text, "The ability, as a sentence: 'Can explain ...'."),
        ])

    // MARK: - lessons/<id>.md

    public static let lesson = FormatShape(
        "lesson", "The front matter of lessons/<id>.md, between two '---' lines above the Markdown body.",
        keys: [
            .required("id", .id, "The lesson's id; the same as the file name without .md."),
            .optional(
                "renamed-from", list(.id),
                "The ids this lesson had before (its file is named by the new one); progress kept under them moves to this id.",
                default: "[]"),
            .required("title", .text, "The lesson's title; the body has no '# ' heading."),
            .required("minutes", .integer(min: 1, max: 600), "About how long it takes to read, in minutes."),
            .required("summary", .text, "What it teaches, in a sentence."),
            .optional("tags", list(.text), "Words to group and find it by.", default: "[]"),
            .optional("prerequisites", list(.id), "The ids of lessons to read first.", default: "[]"),
        ])

    // MARK: - The reference shelf (all optional)

    public static let pattern = FormatShape(
        "pattern", "The front matter of patterns/<id>.md, a pattern card.",
        keys: [
            .required("id", .id, "Its id; the same as the file name without .md."),
            .required("name", .text, "The pattern's name."),
            .required("domain", .choice(ReferenceShelf.domains), "The domain the catalog groups it under."),
            .required("summary", .text, "What it does, in a sentence."),
            .optional("laws", list(.id), "The ids of the lessons on the laws behind it.", default: "[]"),
            .optional("related", list(.id), "The ids of related patterns.", default: "[]"),
            .optional("lessons", list(.id), "The ids of lessons that teach it.", default: "[]"),
        ])

    public static let card = FormatShape(
        "card", "The front matter of cheatsheets/<id>.md and recipes/<id>.md.",
        keys: [
            .required("id", .id, "Its id; the same as the file name without .md."),
            .required("title", .text, "Its title."),
            .required("summary", .text, "What it covers, in a sentence."),
            .optional("patterns", list(.id), "The ids of the patterns it uses.", default: "[]"),
            .optional("lessons", list(.id), "The ids of the lessons behind it.", default: "[]"),
        ])

    public static let glossary = FormatShape(
        "glossary", "glossary.yaml: the course's terms.",
        keys: [.required("terms", list(.shape("glossary-term"), nonEmpty: true), "The terms, in any order.")])

    public static let glossaryTerm = FormatShape(
        "glossary-term", "One term and its definition.",
        keys: [
            .required("term", .text, "The term; unique, whatever its case."),
            .required("definition", .text, "What it means."),
            .optional("see", list(.id), "The ids of lessons or patterns that teach it.", default: "[]"),
        ])

    public static let selector = FormatShape(
        "selector", "selector.yaml: questions that lead from a concern to the patterns that address it.",
        keys: [.required("concerns", list(.shape("concern"), nonEmpty: true), "Where the questions start.")])

    private static let nextStep = FormatType.anyOf([.shape("selector-question"), .shape("selector-leaf")])

    public static let concern = FormatShape(
        "concern", "A concern a learner starts from.",
        keys: [
            .required("id", .id, "Its id."),
            .required("title", .text, "Its name."),
            .optional("prompt", .text, "A line that explains it.", default: "none"),
            .required("next", nextStep, "A question, or the patterns that answer the concern."),
        ])

    public static let selectorQuestion = FormatShape(
        "selector-question", "A question with answers; at most six deep.",
        keys: [
            .required("question", .text, "The question."),
            .required("options", list(.shape("selector-option"), nonEmpty: true), "Its answers."),
        ])

    public static let selectorOption = FormatShape(
        "selector-option", "One answer to a question.",
        keys: [
            .required("answer", .text, "The answer."),
            .required("next", nextStep, "The next question, or the patterns."),
        ])

    public static let selectorLeaf = FormatShape(
        "selector-leaf", "Where a line of questions ends: the patterns that fit.",
        keys: [.required("patterns", list(.shape("selector-pick"), nonEmpty: true), "The patterns, best first.")])

    public static let selectorPick = FormatShape(
        "selector-pick", "A pattern that fits, and why.",
        keys: [
            .required("id", .id, "The pattern's id."),
            .required("why", .text, "Why it fits, and what it costs."),
        ])
}
