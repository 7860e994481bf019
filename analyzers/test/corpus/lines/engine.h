#ifndef ENGINE_H
#define ENGINE_H

/* header comment */
int engine_start(void); // declaration

#endif /* ENGINE_H */
