"""nbgrader configuration for SCORE AI Lab.

solutions/ holds the nbgrader *source* notebooks; `score-lab release` generates the
participant versions into exercises/. A solution region is replaced by the blank ____,
so `x = (\n    ____\n)` is what a participant fills in.
"""

c = get_config()  # noqa: F821 - provided by nbgrader when it loads this file

c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
c.CourseDirectory.db_url = "sqlite:///.nbgrader_gradebook.db"
c.ClearSolutions.code_stub = {"python": "____"}
c.ClearSolutions.text_stub = "Write your answer here."
c.Execute.timeout = 30
