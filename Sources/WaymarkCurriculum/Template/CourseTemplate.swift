/// The small course `waymark new` writes: curriculum.yaml, one path with two
/// phases and three lessons in the house format, with comments that explain each
/// part. It validates and runs as written; an author replaces it part by part.
///
/// `Tests/WaymarkCoreTests/Fixtures/minimal-course/` holds its output for the
/// title "Minimal course", and `docs/curriculum-format.md` quotes it; tests keep
/// all three the same.
public enum CourseTemplate {
    /// The title for a course written into `directoryName`: `sql-basics` gives
    /// "Sql basics", an author's first guess to overwrite.
    public static func defaultTitle(forDirectory directoryName: String) -> String {
        let words = directoryName.split { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }.joined(separator: " ")
        guard let first = words.first else { return "My course" }
        return first.uppercased() + words.dropFirst()
    }

    /// Every file of the course, by relative path, in the order they are written.
    public static func files(title: String) -> [(path: String, text: String)] {
        [
            ("curriculum.yaml", curriculum(title: title)),
            ("paths/first-path.yaml", firstPath),
            ("lessons/welcome.md", welcome),
            ("lessons/writing-a-lesson.md", writingALesson),
            ("lessons/planning-a-path.md", planningAPath),
        ]
    }

    /// The schemas the files' `yaml-language-server` lines point to, so an editor
    /// checks the course from the first keystroke.
    public static var schemaFiles: [(path: String, text: String)] {
        ["curriculum", "path"].compactMap(CurriculumSchema.document(named:)).map {
            ("schema/\($0.name).schema.json", CurriculumSchema.json(for: $0).text)
        }
    }

    /// `text` as a YAML double-quoted scalar: any title survives, colons included.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func curriculum(title: String) -> String {
        """
        # yaml-language-server: $schema=schema/curriculum.schema.json
        # The course: its title, its paths, the prelude and the advice around them.
        # Every key is described in docs/curriculum-format.md of the Waymark
        # repository; `waymark schema curriculum` prints the same as a JSON Schema.
        # Check the course with `waymark validate DIR`, run it with
        # `waymark --curriculum DIR`.

        # The version of this file format. Waymark refuses a newer one it cannot read.
        format: 1
        # Quoted, so that a colon in the title is read as text.
        title: \(quoted(title))
        # The id learners' progress is kept under. Keep it once people use the
        # course; the title can then change freely.
        id: \(CourseID.derived(fromTitle: title))
        # Optional: a paragraph that introduces the course.
        introduction: >
          A small course to start from. It shows every part a course has: a
          prelude, a path with two phases, and three lessons. Replace each part
          with your own material, and run `waymark validate` as you go.

        # The path ids in the order they are offered. Each has its own file,
        # paths/<id>.yaml.
        paths: [first-path]

        # The prelude: a few steps to take before any path. Each step links the
        # lessons it reads by their ids (a lesson's id is its file name without .md).
        bootcamp:
          id: bootcamp
          title: Before you start
          summary: One short step that shows how the course is laid out.
          steps:
            - id: read-the-welcome
              title: Read the welcome
              text: Learn the three layers of the course and how your progress is kept.
              lessons: [welcome]
          # Optional: where to go once the course is done.
          next-steps:
            - Write the first lesson of your own course.

        # Optional: which path suits whom. More optional advice (prerequisites,
        # study-tips, pitfalls, quick-start, reading-orders) is in the reference.
        path-selector:
          - profile: Anyone starting out
            path: first-path

        # Optional: the house rules for lesson bodies. `waymark validate` reports a
        # lesson that breaks one as a warning, with its figures; `--strict` makes
        # warnings fail. Set your own values, or write `off` to turn a rule off.
        lint:
          lesson-words: [150, 1200]   # fewest and most words in a lesson body
          self-checks: 3              # fewest 'Q: ' questions under '## Self-check'
          code-width: 76              # widest code line, in columns (the reader is 80)
          lesson-sections:            # the '## ' sections every lesson has, in order
            - Why it matters
            - The core idea
            - A worked example
            - Common mistakes
            - Self-check
            - Further reading

        """
    }

    static let firstPath = """
        # yaml-language-server: $schema=../schema/path.schema.json
        # One learning path: a plan of phases over weeks. The file name is the
        # path's id, and the id below must match it.
        id: first-path
        title: First path
        audience: Anyone starting out
        summary: Two weeks that take you from the basics to a first piece of work.
        # Weeks and hours are a number or a range: 2, or 2-3.
        duration-weeks: 2
        hours-per-week: 2-4
        # The path's themes, in the order it takes them.
        focus-order: [Basics, Practice]

        # Phases run in week order, inside the path's weeks, without overlapping.
        phases:
          - id: basics
            weeks: 1
            focus: Basics
            summary: How the course is laid out, and how a lesson is written.
            # What to do, with the lessons to read.
            activities:
              - text: Read the welcome
                lessons: [welcome]
              - text: Learn how a lesson is written
                lessons: [writing-a-lesson]
            # What to produce. The learner ticks each one off; its id is where
            # Waymark keeps that, so keep ids once people use the course.
            deliverables:
              - id: notes-on-the-basics
                title: Notes on the basics
                description: A page in your own words on how lessons and paths fit together.
                lessons: [welcome, writing-a-lesson]
          - id: practice
            weeks: 2
            focus: Practice
            activities:
              - text: Plan a path of your own
                lessons: [planning-a-path]
            deliverables:
              - id: a-path-of-your-own
                title: A path of your own
                lessons: [planning-a-path]

        # What the learner can do at the end, to rate themselves against.
        success-criteria:
          - id: can-explain-the-layers
            text: Can explain how lessons, phases and paths fit together
          - id: can-plan-a-path
            text: Can plan a path that validates on the first try

        """

    static let welcome = """
        ---
        id: welcome
        title: Welcome to the course
        minutes: 5
        summary: How this course is laid out, and how Waymark walks you through it.
        tags: [start]
        ---

        ## Why it matters

        A course is easier to follow when you know its shape before you start.
        This one is small on purpose: it shows every part a Waymark course has,
        so that you can replace each part with your own material and keep the
        rest working while you do.

        ## The core idea

        A course has three layers. Lessons are short Markdown files, each about
        one idea. Paths are plans: a path splits its weeks into phases, and each
        phase lists activities (what to read or do) and deliverables (what to
        produce). The prelude, under `bootcamp:` in curriculum.yaml, comes
        before any path and points at the lessons everyone should read first.

        Waymark keeps each learner's progress on their own machine, under the
        ids written in these files. An id that changes later is something new
        to Waymark, so choose ids you can live with.

        ## A worked example

        Open paths/first-path.yaml. Its first phase runs in week 1, and one of
        its activities links this lesson by its id, `welcome`, which is also
        its file name. The phase's deliverable asks for notes; once they are
        written, the learner ticks it off in the view.

        ## Common mistakes

        - Writing a path before the lessons it links. `waymark validate` then
          reports every link that has no lesson yet; write the lesson first.
        - Giving a deliverable and a success criterion the same id. Progress
          is kept under these ids, so each one must be unique.

        ## Self-check

        Q: What are the three layers of a course?

        A: Lessons, paths made of phases, and the prelude before any path.

        Q: Why should ids stay the same once people use the course?

        A: Progress is kept under them; a changed id starts again from nothing.

        Q: Where does a phase say which lessons to read?

        A: In the `lessons` list of each of its activities and deliverables.

        ## Further reading

        - The format reference, docs/curriculum-format.md in the Waymark
          repository, lists every file and every key.

        """

    static let writingALesson = """
        ---
        id: writing-a-lesson
        title: Writing a lesson
        minutes: 6
        summary: The front matter, the sections and the self-check of a lesson.
        tags: [writing]
        prerequisites: [welcome]
        ---

        ## Why it matters

        Lessons are where learners spend their time. A lesson that keeps to
        one idea, shows it at work and then asks the learner to recall it is
        one they remember. The house format below makes that the easy thing to
        write.

        ## The core idea

        A lesson file starts with front matter: YAML between two lines of
        three dashes. It names the lesson's id (its file name without .md),
        its title, about how many minutes it takes, a one-line summary, tags,
        and the lessons to read first. The Markdown body follows, in the
        sections that `lint:` in curriculum.yaml asks for.

        The self-check holds questions and answers, each on a line of its
        own. The reader hides every answer until the learner asks for it.

        ## A worked example

        The front matter of this lesson:

        ```yaml
        id: writing-a-lesson
        title: Writing a lesson
        minutes: 6
        summary: The front matter, the sections and the self-check of a lesson.
        tags: [writing]
        prerequisites: [welcome]
        ```

        A title with a colon in it needs quotes: `title: "Joins: the basics"`.

        ## Common mistakes

        - A question without its answer. Every line starting `Q: ` needs a
          line starting `A: ` after it, before the next question.
        - Code lines wider than the reader. Keep them within the width that
          `lint:` sets, so nothing is cut off on an 80-column terminal.

        ## Self-check

        Q: What goes between the two lines of three dashes?

        A: The front matter: id, title, minutes, summary, tags, prerequisites.

        Q: How does the reader know which lines are answers?

        A: They start with `A: ` inside the self-check section.

        Q: How do you write a title that holds a colon?

        A: Put the whole title in quotes.

        ## Further reading

        - CommonMark, the Markdown the reader follows:
          <https://spec.commonmark.org/>

        """

    static let planningAPath = """
        ---
        id: planning-a-path
        title: Planning a path
        minutes: 6
        summary: Phases, weeks, deliverables and success criteria, and how they fit.
        tags: [planning]
        prerequisites: [welcome]
        ---

        ## Why it matters

        A path turns a pile of lessons into a plan a learner can keep to. It
        says what to do each week and what to show for it, and it ends with
        criteria that tell the learner whether the time was well spent.

        ## The core idea

        Start from the end: write the success criteria first, as abilities
        ("Can explain ..."). Then work back to the deliverables that give the
        learner evidence of each one, and to the lessons those deliverables
        need. Group the work into phases of a week or two, each with one focus.

        Phases run in week order, never overlap, and end within the path's
        `duration-weeks`. Every activity and deliverable links at least one
        lesson, and every lesson is linked from somewhere.

        ## A worked example

        This course's path has two phases. Week 1, Basics, reads two lessons
        and asks for notes. Week 2, Practice, reads this lesson and asks for a
        path of the learner's own. The success criteria name the two abilities
        those deliverables show.

        ## Common mistakes

        - Phases whose weeks overlap, such as 1-2 followed by 2-3. Let each
          phase start after the one before it ends.
        - A phase with nothing to produce. Deliverables are what learners
          tick off; without them a phase gives no sense of progress.

        ## Self-check

        Q: Which part of a path is worth writing first?

        A: The success criteria: the abilities the path should leave behind.

        Q: What must be true of the weeks of two phases?

        A: They follow each other in order and do not overlap.

        Q: What does every activity and deliverable link to?

        A: At least one lesson, by its id.

        ## Further reading

        - YAML 1.2, the language of the path files:
          <https://yaml.org/spec/1.2.2/>

        """
}
