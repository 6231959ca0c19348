import {
  IsDefined,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { RelationType, RetaliationBasis } from '../domain/vocabulary';
import '../domain/vocabulary-graphql';
import { IsEdtf, IsGraphId } from '../domain/validators';

@InputType({ description: 'A typed link between two entities or events' })
export class RelationInput {
  @Field({ nullable: true, description: 'rel:...; derived from type and ends when absent' })
  @IsOptional()
  @IsGraphId()
  id?: string;

  @Field(() => RelationType)
  @IsEnum(RelationType)
  type!: RelationType;

  @Field()
  @IsGraphId()
  from!: string;

  @Field()
  @IsGraphId()
  to!: string;

  @Field(() => RetaliationBasis, { nullable: true, description: 'RETALIATED_AGAINST only: who says so' })
  @ValidateIf((relation: RelationInput) => relation.type === RelationType.RETALIATED_AGAINST)
  @IsEnum(RetaliationBasis)
  basis?: RetaliationBasis;

  @Field(() => Float, { nullable: true, description: 'RETALIATED_AGAINST only: 0 to 1' })
  @ValidateIf((relation: RelationInput) => relation.type === RelationType.RETALIATED_AGAINST)
  @IsNumber()
  @Min(0)
  @Max(1)
  @IsDefined({ message: 'a RETALIATED_AGAINST relation needs its confidence, 0 to 1' })
  confidence?: number;

  @Field({ nullable: true, description: 'HOLDS_ROLE: the role, such as "Minister of the Interior"' })
  @ValidateIf((relation: RelationInput) => relation.type === RelationType.HOLDS_ROLE)
  @IsString()
  @Length(1, 300)
  role?: string;

  @Field({ nullable: true, description: 'Start of the relation, EDTF' })
  @IsOptional()
  @IsEdtf()
  since?: string;

  @Field({ nullable: true, description: 'End of the relation, EDTF' })
  @IsOptional()
  @IsEdtf()
  until?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}
