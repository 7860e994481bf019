import { describe, expect, it } from 'vitest';
import { compact, inventoryOf, malformedReason, parseAs } from './support/manifest-fixtures.ts';

describe('Java: Maven and Gradle', () => {
  it('reads pom.xml with properties, dependencyManagement versions, test and optional scopes', () => {
    const parsed = parseAs('pom.xml', 'java/pom.xml');
    expect(parsed.projectLicense).toBe('Apache License, Version 2.0');
    expect(compact(parsed.dependencies)).toEqual([
      'com.fasterxml.jackson.core:jackson-databind 2.16.0 declared direct runtime',
      'org.slf4j:slf4j-api 2.0.9 declared direct runtime',
      'com.acme:billing-model 2.1.0 declared direct runtime',
      'junit:junit 4.13.2 declared direct dev',
      'mysql:mysql-connector-java 8.0.33 declared direct optional',
    ]);
  });

  it('reads literal coordinates of build.gradle, a version from a variable as unknown', () => {
    expect(compact(parseAs('build.gradle', 'java/build.gradle').dependencies)).toEqual([
      'com.google.guava:guava 32.1.3-jre declared direct runtime',
      'org.apache.commons:commons-lang3 3.14.0 declared direct runtime',
      'org.postgresql:postgresql 42.7.0 declared direct runtime',
      'org.junit.jupiter:junit-jupiter 5.10.1 declared direct dev',
      'org.projectlombok:lombok 1.18.30 declared direct dev',
      'org.slf4j:slf4j-api - declared direct runtime',
    ]);
  });

  it('merges build.gradle with gradle.lockfile', () => {
    expect(
      inventoryOf({ 'j/build.gradle': 'java/build.gradle', 'j/gradle.lockfile': 'java/gradle.lockfile' }),
    ).toEqual([
      'j/build.gradle maven org.projectlombok:lombok 1.18.30 direct dev pkg:maven/org.projectlombok/lombok',
      'j/build.gradle maven org.slf4j:slf4j-api - direct runtime pkg:maven/org.slf4j/slf4j-api',
      'j/gradle.lockfile maven com.google.guava:failureaccess 1.0.1 transitive runtime pkg:maven/com.google.guava/failureaccess@1.0.1',
      'j/gradle.lockfile maven com.google.guava:guava 32.1.3-jre direct runtime pkg:maven/com.google.guava/guava@32.1.3-jre',
      'j/gradle.lockfile maven org.apache.commons:commons-lang3 3.14.0 direct runtime pkg:maven/org.apache.commons/commons-lang3@3.14.0',
      'j/gradle.lockfile maven org.junit.jupiter:junit-jupiter 5.10.1 direct dev pkg:maven/org.junit.jupiter/junit-jupiter@5.10.1',
      'j/gradle.lockfile maven org.postgresql:postgresql 42.7.0 direct runtime pkg:maven/org.postgresql/postgresql@42.7.0',
    ]);
  });

  it('rejects an unbalanced pom.xml', () => {
    expect(malformedReason('pom.xml', 'java/malformed-pom.xml')).toBe(
      "not valid XML: Expected closing tag 'dependency' (opened in line 3, col 5) instead of closing tag 'dependencies'. (line 5)",
    );
  });
});
