import { describeHelpApi } from './help-api'

// PostgreSQL, as `DATABASE_URL` names it: `.ci/run` starts one. Its tables are emptied by the tests.
describeHelpApi('PostgreSQL', () => {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('The PostgreSQL tests need DATABASE_URL, a database they may empty (`.ci/run` sets one up; README.md, "Tests")')
  return { kind: 'postgresql', url }
})
