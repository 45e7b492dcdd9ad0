// The schema most validation and input-coercion cases run against: interfaces, unions, enums,
// input objects (one of them @oneOf), arguments of every input kind, all three root types and custom directives.
export const zooSchema = `
interface Named { name: String }

interface Animal implements Named {
  name: String
  owner: Person
  legs: Int
}

type Dog implements Animal & Named {
  name: String
  owner: Person
  legs: Int
  barks: Boolean
  tricks(level: Int = 1): [String]
  knows(command: Command!): Boolean
  friends: [Animal]
}

type Cat implements Animal & Named {
  name: String
  owner: Person
  legs: Int
  meows: Boolean
  lives: Int
  knows(command: Command): Boolean
}

type Person implements Named {
  name: String
  pets: [Animal]
  best: Pet
  age: Int
}

union Pet = Dog | Cat
union Thing = Person | Dog

enum Command { SIT STAY ROLL }

input Filter {
  species: String
  minLegs: Int = 4
  command: Command
  tags: [String!]
  nested: Filter
  required: Boolean!
}

input Choice @oneOf { dog: String cat: Int }

scalar Json

type Args {
  int(v: Int): String
  nonNullInt(v: Int!): String
  float(v: Float): String
  string(v: String): String
  boolean(v: Boolean): String
  id(v: ID): String
  command(v: Command): String
  filter(v: Filter): String
  choice(v: Choice): String
  list(v: [Int]): String
  nonNullList(v: [Int!]!): String
  nested(v: [[Int]]): String
  multiple(a: Int!, b: String!, c: Boolean = false): String
  json(v: Json): String
  withDefault(v: Int! = 7): String
}

type Query {
  dog: Dog
  cat: Cat
  pet: Pet
  animal: Animal
  named: Named
  person: Person
  thing: Thing
  args: Args
  animals: [Animal]
  dogById(id: ID!): Dog
}

type Mutation { adopt(name: String!): Dog }

type Subscription { newDog: Dog newCat: Cat }

directive @tag(name: String) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY
directive @once on FIELD | QUERY | MUTATION | FRAGMENT_DEFINITION
directive @onVar on VARIABLE_DEFINITION
`;

/** Data for the zoo: enough that valid documents return more than nulls. */
export const zooRoot = {
  dog: {
    name: 'Rex', legs: 4, barks: true, tricks: ['sit', 'roll'], knows: true,
    owner: { name: 'Ada', age: 36 },
    friends: [{ __typename: 'Cat', name: 'Tom', legs: 4, meows: true }],
  },
  cat: { name: 'Tom', legs: 4, meows: false, lives: 9, knows: null },
  pet: { __typename: 'Cat', name: 'Tom', legs: 4, meows: true, lives: 7 },
  animal: { __typename: 'Dog', name: 'Rex', legs: 3, barks: false },
  named: { __typename: 'Person', name: 'Ada', age: 36 },
  person: { name: 'Ada', age: 36, pets: [{ __typename: 'Dog', name: 'Rex' }], best: { __typename: 'Dog', name: 'Rex' } },
  thing: { __typename: 'Dog', name: 'Rex', barks: true },
  args: {
    int: 'int', nonNullInt: 'nonNullInt', float: 'float', string: 'string', boolean: 'boolean', id: 'id',
    command: 'command', filter: 'filter', choice: 'choice', list: 'list', nonNullList: 'nonNullList',
    nested: 'nested', multiple: 'multiple', json: 'json', withDefault: 'withDefault',
  },
  animals: [{ __typename: 'Dog', name: 'Rex' }, { __typename: 'Cat', name: 'Tom' }],
  dogById: { name: 'Fido' },
  adopt: { name: 'Buddy' },
  newDog: { name: 'Pup' },
  newCat: { name: 'Kit' },
};
