"""Private building blocks of the seeded synthetic datasets.

Use `score_helpers.data.generate` (generate, write_all, write_readme); the modules here each
make one kind of data:

- common: random streams, people (names, SSS and mobile numbers), CSV formatting
- calendar: Philippine regular holidays and working days
- profiles: the three fictional factories, their lines, products and wages
- production: daily QCDMS rows per line
- raw: the deliberately broken copy of March 2025 for the cleaning lesson
- machines: hourly sensor readings and the maintenance log
- incident_templates, incident_words, incidents: near-miss and incident reports
- grievances: the grievance log
- checklists: the daily PPE checks and weekly 5S walks
- dictionary: datasets/README.md, the data dictionary
"""
