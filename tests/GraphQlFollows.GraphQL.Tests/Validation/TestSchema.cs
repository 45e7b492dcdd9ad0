using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Tests.Validation;

/// <summary>The schema the validation tests run against: pets, their owners and visitors from elsewhere.</summary>
public static class TestSchema
{
    public const string Sdl = """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        interface Node {
          id: ID!
        }

        interface Being {
          name(full: Boolean): String
        }

        interface Pet implements Being {
          name(full: Boolean): String
          owner: Human
        }

        enum Trick {
          SIT
          ROLL
          FETCH
        }

        enum Fur {
          SHORT
          LONG
          CURLY
        }

        type Dog implements Node & Being & Pet {
          id: ID!
          name(full: Boolean): String
          nickname: String
          barkVolume: Int
          knowsTrick(trick: Trick!): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          owner: Human
          furs: [Fur!]
          bestFriend: Dog
        }

        type Cat implements Node & Being & Pet {
          id: ID!
          name(full: Boolean): String
          nickname: String
          meowVolume: Int
          knowsTrick(trick: Trick): Boolean
          fur: Fur
          owner: Human
        }

        type Human implements Node & Being {
          id: ID!
          name(full: Boolean): String
          pets: [Pet]
          relatives: [Human!]!
          iq: Int
        }

        type Alien implements Being {
          name(full: Boolean): String
          eyes: Int
          homePlanet: String
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input OwnerFilter {
          name: String!
          minIq: Int
        }

        input PetFilter {
          name: String
          minAge: Int = 0
          furs: [Fur!]
          owner: OwnerFilter
          requiredWithDefault: Int! = 1
        }

        input PetChoice @oneOf {
          dogId: ID
          catId: ID
        }

        type Arguments {
          int(value: Int): String
          nonNullInt(value: Int!): String
          string(value: String): String
          boolean(value: Boolean): String
          nonNullBoolean(value: Boolean!): String
          optionalNonNullBoolean(value: Boolean! = false): String
          float(value: Float): String
          id(value: ID): String
          fur(value: Fur): String
          stringList(value: [String]): String
          nonNullStringList(value: [String!]!): String
          filter(value: PetFilter): String
          nonNullFilter(value: PetFilter!): String
          choice(value: PetChoice): String
          twoRequired(first: Int!, second: Int!): String
        }

        type Query {
          node(id: ID!): Node
          dog: Dog
          cat: Cat
          human(id: ID): Human
          alien: Alien
          pet: Pet
          being: Being
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          findPets(filter: PetFilter, first: Int! = 10): [Pet]
          arguments: Arguments
        }

        type Mutation {
          adopt(choice: PetChoice!): Pet
          renameDog(id: ID!, name: String!): Dog
        }

        type Subscription {
          petAdopted: Pet
          dogBarked(minVolume: Int): Dog
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onField on FIELD
        directive @onFragment on FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @onVariable on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD
        directive @level(value: Int!, note: String) on FIELD
        """;

    public static Schema Schema { get; } = new SchemaBuilder(Sdl).Build();
}
