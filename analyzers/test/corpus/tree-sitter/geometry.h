/* A header for the C/C++ Header rules: C inline functions, parsed with the C++ grammar. */
#ifndef GEOMETRY_H
#define GEOMETRY_H

#include <math.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct { double x, y; } point;

static inline double clamp(double v, double lo, double hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static inline int quadrant(point p)
{
    if (p.x >= 0 && p.y >= 0) return 1;
    if (p.x < 0 && p.y >= 0) return 2;
    return p.y < 0 ? (p.x < 0 ? 3 : 4) : 0;
}

double polygon_area(const point *points, int count);

#ifdef __cplusplus
}

namespace geo {
struct Segment {
    point a, b;
    double length() const { return hypot(b.x - a.x, b.y - a.y); }
    bool operator<(const Segment& other) const { return length() < other.length(); }
};
}  // namespace geo
#endif

#endif /* GEOMETRY_H */
