import { describe, expect, it } from 'vitest';
import { counts, parseText } from './support/parse-text.ts';

const cobertura = `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage line-rate="0.5" branch-rate="0.5" version="1.9" timestamp="1">
  <sources><source>/home/ci/project</source></sources>
  <packages>
    <package name="app">
      <classes>
        <class name="Shop" filename="app/shop.py" line-rate="0.5">
          <methods>
            <method name="buy" signature="()"><lines><line number="3" hits="1"/></lines></method>
            <method name="sell" signature="()"><lines><line number="8" hits="0"/></lines></method>
          </methods>
          <lines>
            <line number="3" hits="1"/>
            <line number="4" hits="1" branch="true" condition-coverage="50% (1/2)"/>
            <line number="8" hits="0"/>
          </lines>
        </class>
        <class name="Shop$Inner" filename="app/shop.py">
          <lines>
            <line number="4" hits="3" branch="true" condition-coverage="100% (2/2)"/>
            <line number="12" hits="0" branch="true" condition-coverage="0% (0/4)"/>
          </lines>
        </class>
      </classes>
    </package>
    <package name="lib">
      <classes>
        <class name="util" filename="lib\\util.py">
          <methods/>
          <lines><line number="1" hits="5"/></lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>
`;

const jacoco = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="shop">
  <sessioninfo id="x" start="1" dump="2"/>
  <group name="module">
    <package name="com/acme/shop">
      <class name="com/acme/shop/Cart" sourcefilename="Cart.java">
        <method name="add" desc="()V" line="5"><counter type="LINE" missed="0" covered="3"/></method>
        <counter type="LINE" missed="9" covered="9"/>
      </class>
      <sourcefile name="Cart.java">
        <line nr="5" mi="0" ci="3" mb="0" cb="0"/>
        <counter type="INSTRUCTION" missed="10" covered="30"/>
        <counter type="BRANCH" missed="1" covered="3"/>
        <counter type="LINE" missed="2" covered="8"/>
        <counter type="METHOD" missed="1" covered="4"/>
      </sourcefile>
      <counter type="LINE" missed="99" covered="99"/>
    </package>
  </group>
  <package name="">
    <sourcefile name="Main.java">
      <counter type="LINE" missed="3" covered="0"/>
      <counter type="METHOD" missed="1" covered="0"/>
    </sourcefile>
  </package>
  <counter type="LINE" missed="5" covered="8"/>
</report>
`;

const clover = `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1" clover="4.4.1">
  <project timestamp="1" name="shop">
    <metrics statements="5" coveredstatements="3"/>
    <package name="shop">
      <file name="cart.php" path="/var/www/src/Shop/cart.php">
        <metrics statements="4" coveredstatements="2" conditionals="2" coveredconditionals="1" methods="2" coveredmethods="1"/>
        <line num="3" type="method" name="add" count="1"/>
        <line num="4" type="stmt" count="1"/>
        <line num="5" type="cond" count="0" truecount="0" falsecount="0"/>
        <line num="6" type="stmt" count="2"/>
      </file>
    </package>
    <file name="boot.php">
      <metrics statements="1" coveredstatements="1" conditionals="0" coveredconditionals="0" methods="0" coveredmethods="0"/>
      <line num="1" type="stmt" count="1"/>
    </file>
  </project>
</coverage>
`;

describe('Cobertura parser', () => {
  it('gathers every class of a file: distinct lines, condition coverage, methods', async () => {
    const { outcome, files } = await parseText(cobertura, 'coverage.xml');
    expect(outcome).toEqual({ format: 'cobertura', status: 'parsed', message: null });
    expect(files).toEqual([
      counts('app/shop.py', [4, 2], [6, 2], [2, 1]),
      counts('lib\\util.py', [1, 1], [0, 0], [0, 0]),
    ]);
  });

  it('keeps the packages closed before a truncation', async () => {
    const cut = cobertura.slice(0, cobertura.indexOf('<class name="util"'));
    const { outcome, files } = await parseText(cut, 'coverage.xml');
    expect(outcome).toEqual({ format: 'cobertura', status: 'truncated', message: 'ends inside <classes>' });
    expect(files).toEqual([counts('app/shop.py', [4, 2], [6, 2], [2, 1])]);
  });

  it('stops at a syntax error, keeping what was read', async () => {
    const broken = cobertura.replace(
      '<lines><line number="1" hits="5"/></lines>',
      '<lines><line number="1" hits="5"/></linez>',
    );
    const { outcome, files } = await parseText(broken, 'coverage.xml', 64);
    expect(outcome.status).toBe('malformed');
    expect(outcome.message).toMatch(/^\d+:\d+: /);
    expect(files).toEqual([counts('app/shop.py', [4, 2], [6, 2], [2, 1])]);
  });
});

describe('JaCoCo parser', () => {
  it('takes each source file’s own counters, under its package path', async () => {
    const { outcome, files } = await parseText(jacoco, 'jacocoTestReport.xml');
    expect(outcome).toEqual({ format: 'jacoco', status: 'parsed', message: null });
    expect(files).toEqual([
      counts('com/acme/shop/Cart.java', [10, 8], [4, 3], [5, 4]),
      counts('Main.java', [3, 0], [0, 0], [1, 0]),
    ]);
  });

  it('keeps the files before a truncation', async () => {
    const cut = jacoco.slice(0, jacoco.indexOf('<counter type="METHOD" missed="1" covered="0"/>'));
    const { outcome, files } = await parseText(cut, 'jacoco.xml');
    expect(outcome).toEqual({ format: 'jacoco', status: 'truncated', message: 'ends inside <sourcefile>' });
    expect(files).toEqual([counts('com/acme/shop/Cart.java', [10, 8], [4, 3], [5, 4])]);
  });
});

describe('Clover parser', () => {
  it('takes statements, conditionals and methods from the file metrics, lines from its lines', async () => {
    const { outcome, files } = await parseText(clover, 'clover.xml');
    expect(outcome).toEqual({ format: 'clover', status: 'parsed', message: null });
    expect(files).toEqual([
      counts('/var/www/src/Shop/cart.php', [3, 2], [2, 1], [2, 1], [4, 2]),
      counts('boot.php', [1, 1], [0, 0], [0, 0], [1, 1]),
    ]);
  });

  it('reports a document cut before its first file as truncated', async () => {
    const { outcome, files } = await parseText(clover.slice(0, clover.indexOf('<package')), 'clover.xml');
    expect(outcome).toEqual({ format: 'clover', status: 'truncated', message: 'ends inside <project>' });
    expect(files).toEqual([]);
  });
});
