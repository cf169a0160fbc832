/*
 * Sluice's statement grammar: the statements of a script (DDL, SET, SHOW, STOP JOB, savepoints, statement sets,
 * ...).
 *
 * How it works. The statement layer does not parse queries or expressions: Calcite does that later. A query
 * is "SELECT, WITH, VALUES or ( followed by every token up to the next ;" and an expression is "tokens up to
 * the next top-level , or )", and StatementBuilder copies their text from the character stream. For this to
 * work on any SQL the lexer must never fail: strings, quoted identifiers and comments are single tokens (so a
 * ; inside them does not end a statement), and OTHER catches every character no other rule takes (operators
 * such as ||, <>, ::, +, ...).
 *
 * Rules are written so that each decision needs one token of lookahead where an error can occur, so that a
 * syntax error reports the token actually expected at that place (see SyntaxErrorMessage). That is why
 * WATERMARK, PRIMARY, CONSTRAINT, AS and IF are reserved while most other keywords may be used as names
 * (rule nonReserved).
 *
 * Generated into io.sluice.sql.parser at build time by the antlr4-maven-plugin; never committed.
 */
grammar SluiceStatement;

options { caseInsensitive = true; }

script
    : statement? (SEMI statement?)* EOF
    ;

statement
    : createStatement
    | dropStatement
    | showStatement
    | describeStatement
    | setStatement
    | resetStatement
    | insertStatement
    | query
    | explainStatement
    | stopJobStatement
    | executeStatementSet
    | beginStatementSet
    | helpStatement
    | quitStatement
    ;

// ---------------------------------------------------------------------------------------------- CREATE

createStatement
    : CREATE (TEMPORARY? (createTableBody | createViewBody) | createSavepointBody)
    ;

createTableBody
    : TABLE ifNotExists? qualifiedName
      LPAREN tableElement (COMMA tableElement)* RPAREN
      commentClause?
      withOptions?
    ;

createViewBody
    : VIEW ifNotExists? qualifiedName AS query
    ;

// Sluice's own: Flink has no SQL to take a savepoint of a running job.
createSavepointBody
    : SAVEPOINT FOR JOB jobId=STRING
    ;

ifNotExists
    : IF NOT EXISTS
    ;

tableElement
    : columnDefinition
    | watermarkDefinition
    | tableConstraint
    ;

// One rule for both kinds of column, so that the choice between them is made on the token after the name.
columnDefinition
    : identifier (AS expression | dataType nullability? columnConstraint?) commentClause?
    ;

nullability
    : NOT? NULL
    ;

columnConstraint
    : (CONSTRAINT constraintName=identifier)? PRIMARY KEY notEnforced?
    ;

watermarkDefinition
    : WATERMARK FOR identifier AS expression
    ;

tableConstraint
    : (CONSTRAINT constraintName=identifier)? PRIMARY KEY
      LPAREN keyColumns+=identifier (COMMA keyColumns+=identifier)* RPAREN notEnforced?
    ;

// Optional in the grammar so that leaving it out gets a message that says why it is needed.
notEnforced
    : NOT ENFORCED
    ;

commentClause
    : COMMENT STRING
    ;

withOptions
    : WITH LPAREN (tableOption (COMMA tableOption)*)? RPAREN
    ;

tableOption
    : key=STRING EQ value=STRING
    ;

// Type names are plain identifiers, mapped by DataTypeParser, so that an unknown or unsupported type gets a
// clear message rather than a syntax error. The <...> form only exists to recognise ARRAY<INT>, MAP<K, V>, ...
dataType
    : typeName=identifier PRECISION? typeParameters? typeArguments? timeZone?
    ;

typeParameters
    : LPAREN INTEGER_VALUE (COMMA INTEGER_VALUE)* RPAREN
    ;

typeArguments
    : LT (typeArguments | ~(LT | GT | SEMI))* GT
    ;

timeZone
    : WITHOUT TIME ZONE
    | WITH LOCAL? TIME ZONE
    ;

// An expression ends at the first , ) or COMMENT outside parentheses.
expression
    : (parenthesized | ~(LPAREN | RPAREN | COMMA | SEMI | COMMENT))+
    ;

parenthesized
    : LPAREN (parenthesized | ~(LPAREN | RPAREN | SEMI))* RPAREN
    ;

// ---------------------------------------------------------------------------------------------- others

dropStatement
    : DROP TEMPORARY? kind=(TABLE | VIEW) ifExists? qualifiedName
    ;

ifExists
    : IF EXISTS
    ;

showStatement
    : SHOW (target=(TABLES | VIEWS | JOBS) | target=CHECKPOINTS FOR JOB jobId=STRING)
    ;

describeStatement
    : (DESCRIBE | DESC) (JOB jobId=STRING | qualifiedName)
    ;

setStatement
    : SET (configKey EQ configValue)?
    ;

resetStatement
    : RESET configKey?
    ;

// Quoted as in Flink's SQL client ('table.exec.mini-batch.enabled'), or unquoted for convenience.
configKey
    : STRING
    | ~(STRING | EQ | SEMI)+
    ;

configValue
    : STRING
    | ~(STRING | SEMI)+
    ;

insertStatement
    : INSERT INTO qualifiedName query
    ;

// Everything up to the next ; belongs to the query.
query
    : (SELECT | WITH | VALUES | LPAREN) ~SEMI*
    ;

explainStatement
    : EXPLAIN (PLAN FOR)? (query | insertStatement | executeStatementSet | statementSetBlock)
    ;

stopJobStatement
    : STOP JOB jobId=STRING (WITH (SAVEPOINT | DRAIN))*
    ;

executeStatementSet
    : EXECUTE statementSetBlock
    ;

statementSetBlock
    : STATEMENT SET BEGIN (insertStatement SEMI+)+ END
    ;

// The SQL client's form, spread over several ;-terminated lines.
beginStatementSet
    : BEGIN STATEMENT SET SEMI+ (insertStatement SEMI+)+ END
    ;

helpStatement
    : HELP
    ;

quitStatement
    : QUIT
    | EXIT
    ;

// ---------------------------------------------------------------------------------------------- names

// catalog.db.table is kept as one string by the builder.
qualifiedName
    : identifier (DOT identifier)*
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReserved
    ;

// Keywords that are also common column names. Must never start a table element or follow a name where a
// name could continue.
nonReserved
    : CHECKPOINTS | COMMENT | DRAIN | ENFORCED | EXIT | HELP | JOB | JOBS | KEY | LOCAL | PLAN | PRECISION | QUIT | SAVEPOINT
    | STATEMENT | TABLES | TEMPORARY | TIME | VIEWS | WITHOUT | ZONE
    ;

// ---------------------------------------------------------------------------------------------- lexer

AS: 'AS';
BEGIN: 'BEGIN';
CHECKPOINTS: 'CHECKPOINTS';
COMMENT: 'COMMENT';
CONSTRAINT: 'CONSTRAINT';
CREATE: 'CREATE';
DESC: 'DESC';
DESCRIBE: 'DESCRIBE';
DRAIN: 'DRAIN';
DROP: 'DROP';
END: 'END';
ENFORCED: 'ENFORCED';
EXECUTE: 'EXECUTE';
EXISTS: 'EXISTS';
EXIT: 'EXIT';
EXPLAIN: 'EXPLAIN';
FOR: 'FOR';
HELP: 'HELP';
IF: 'IF';
INSERT: 'INSERT';
INTO: 'INTO';
JOB: 'JOB';
JOBS: 'JOBS';
KEY: 'KEY';
LOCAL: 'LOCAL';
NOT: 'NOT';
NULL: 'NULL';
PLAN: 'PLAN';
PRECISION: 'PRECISION';
PRIMARY: 'PRIMARY';
QUIT: 'QUIT';
RESET: 'RESET';
SAVEPOINT: 'SAVEPOINT';
SELECT: 'SELECT';
SET: 'SET';
SHOW: 'SHOW';
STATEMENT: 'STATEMENT';
STOP: 'STOP';
TABLE: 'TABLE';
TABLES: 'TABLES';
TEMPORARY: 'TEMPORARY';
TIME: 'TIME';
VALUES: 'VALUES';
VIEW: 'VIEW';
VIEWS: 'VIEWS';
WATERMARK: 'WATERMARK';
WITH: 'WITH';
WITHOUT: 'WITHOUT';
ZONE: 'ZONE';

SEMI: ';';
LPAREN: '(';
RPAREN: ')';
COMMA: ',';
DOT: '.';
EQ: '=';
LT: '<';
GT: '>';

// '' inside a string stands for one '.
STRING: '\'' (~'\'' | '\'\'')* '\'';
// `` inside a back-quoted identifier stands for one `.
QUOTED_IDENTIFIER: '`' (~'`' | '``')* '`';
DOUBLE_QUOTED: '"' (~'"' | '""')* '"';
INTEGER_VALUE: [0-9]+;
IDENTIFIER: [\p{L}_] [\p{L}\p{N}_$]*;

LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
WHITESPACE: [\p{White_Space}\uFEFF]+ -> channel(HIDDEN);

// Text that runs to the end of the input without its closing quote: longer than any terminated match, so
// the lexer picks these only when the closing quote is missing. StatementParser reports them.
UNTERMINATED_STRING: '\'' (~'\'' | '\'\'')* EOF;
UNTERMINATED_QUOTED_IDENTIFIER: '`' (~'`' | '``')* EOF;
UNTERMINATED_DOUBLE_QUOTED: '"' (~'"' | '""')* EOF;
// The body cannot contain */, so this never swallows a comment that is closed.
UNTERMINATED_COMMENT: '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;

// Any other character, so that query text always tokenizes.
OTHER: .;
