import { IsOptional, IsUrl, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsText, TEXT_LIMITS } from '../domain/validators';
import { DRAFT_TEXT_MAX_LENGTH } from './draft-options';

@InputType({ description: 'An article as plain text, and what is known of it, to draft a report from' })
export class DraftReportInput {
  @Field({ description: `The article's text (at most ${DRAFT_TEXT_MAX_LENGTH} characters)` })
  @IsText(1, DRAFT_TEXT_MAX_LENGTH)
  text!: string;

  @Field({ nullable: true, description: 'Publication date, YYYY-MM-DD; required unless the text states it' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'published must be a YYYY-MM-DD day' })
  published?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @Length(1, TEXT_LIMITS.url)
  url?: string;

  @Field({ nullable: true, description: 'Name of the outlet' })
  @IsOptional()
  @IsText(1, TEXT_LIMITS.name)
  outlet?: string;

  @Field({ nullable: true, description: 'Headline; the first line by default' })
  @IsOptional()
  @IsText(1, TEXT_LIMITS.title)
  title?: string;

  @Field({ nullable: true, description: 'Language of the text (BCP 47), en by default' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    message: 'language must be a BCP 47 tag such as en or fr',
  })
  language?: string;
}
