//! A realistic corpus for the Rust complexity rules.
use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;

pub struct Cache<K, V> {
    entries: HashMap<K, (V, u64)>,
    capacity: usize,
}

#[derive(Debug)]
pub enum CacheError {
    Full,
    Missing(String),
}

impl<K: Hash + Eq + Clone, V: Clone> Cache<K, V> {
    pub fn new(capacity: usize) -> Self {
        Cache { entries: HashMap::new(), capacity }
    }

    pub fn get(&mut self, key: &K, now: u64) -> Option<V> {
        if let Some((value, stamp)) = self.entries.get_mut(key) {
            *stamp = now;
            Some(value.clone())
        } else {
            None
        }
    }

    pub fn insert(&mut self, key: K, value: V, now: u64) -> Result<(), CacheError>
    where
        V: fmt::Debug,
    {
        if self.entries.len() >= self.capacity && !self.entries.contains_key(&key) {
            let oldest = self
                .entries
                .iter()
                .min_by_key(|(_, (_, stamp))| *stamp)
                .map(|(k, _)| k.clone())
                .ok_or(CacheError::Full)?;
            self.entries.remove(&oldest);
        }
        self.entries.insert(key, (value, now));
        Ok(())
    }

    fn evict_older_than(&mut self, limit: u64) -> usize {
        let before = self.entries.len();
        self.entries.retain(|_, (_, stamp)| {
            if *stamp < limit || limit == 0 {
                false
            } else {
                true
            }
        });
        before - self.entries.len()
    }
}

impl fmt::Display for CacheError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CacheError::Full => write!(f, "cache full"),
            CacheError::Missing(key) if key.is_empty() => write!(f, "missing key"),
            CacheError::Missing(key) => write!(f, "missing {}", key),
        }
    }
}

pub trait Warm {
    fn keys(&self) -> Vec<String>;

    fn warm(&self, load: &dyn Fn(&str) -> Option<u64>) -> u64 {
        let mut total = 0;
        'outer: for key in self.keys() {
            let mut tries = 0;
            loop {
                tries += 1;
                match load(&key) {
                    Some(value) => {
                        total += value;
                        continue 'outer;
                    }
                    None if tries > 3 => break 'outer,
                    None => continue,
                }
            }
        }
        total
    }
}

pub fn parse_pairs(input: &str) -> Result<Vec<(String, i64)>, String> {
    fn parse_one(line: &str) -> Option<(String, i64)> {
        let (key, value) = line.split_once('=')?;
        let number = value.trim().parse().ok()?;
        Some((key.trim().to_string(), number))
    }
    let mut pairs = Vec::new();
    for line in input.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let Some(pair) = parse_one(line) else {
            return Err(format!("bad line: {}", line));
        };
        assert!(pair.1 >= 0 || pair.0.is_empty());
        pairs.push(pair);
    }
    Ok(pairs)
}

pub fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}
