-- Schema for the corpus
CREATE TABLE users (
  id INTEGER PRIMARY KEY, -- trailing comment
  name TEXT NOT NULL,
  note TEXT DEFAULT '-- not a comment'
);

/* block
   comment */
SELECT * FROM users WHERE name = 'x'; /* inline */

   -- indented comment
