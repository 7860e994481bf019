// Package scheduler is a realistic corpus for the Go complexity rules.
package scheduler

import (
	"context"
	"errors"
	"time"
)

type Job struct {
	ID       string
	Priority int
	Deps     []string
}

type Queue[T any] struct {
	items []T
}

var ErrCycle = errors.New("dependency cycle")

// Push adds an item; generic receivers are named by their base type.
func (q *Queue[T]) Push(item T) {
	q.items = append(q.items, item)
}

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item, true
}

func Order(jobs map[string]Job) ([]string, error) {
	visited := map[string]int{}
	var order []string
	var visit func(id string) error
	visit = func(id string) error {
		switch visited[id] {
		case 1:
			return ErrCycle
		case 2:
			return nil
		}
		visited[id] = 1
		for _, dep := range jobs[id].Deps {
			if err := visit(dep); err != nil {
				return err
			}
		}
		visited[id] = 2
		order = append(order, id)
		return nil
	}
	for id := range jobs {
		if err := visit(id); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func Run(ctx context.Context, jobs <-chan Job, results chan<- string, workers, retries int) error {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
Loop:
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case job, ok := <-jobs:
			if !ok {
				break Loop
			}
			for attempt := 0; attempt < retries && workers > 0; attempt++ {
				if attempt > 0 && job.Priority < 0 || ctx.Err() != nil {
					continue Loop
				}
				results <- job.ID
			}
		case <-ticker.C:
		default:
			time.Sleep(time.Millisecond)
		}
	}
	return nil
}

func Describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		if x == 0 {
			return "zero"
		} else if x == 1 {
			return "one"
		} else {
			return "number"
		}
	case string:
		return "string"
	default:
		goto unknown
	}
unknown:
	return "unknown"
}

func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}
