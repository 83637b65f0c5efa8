import type { Gender } from './honorifics.js';
import { words } from './words.js';

/**
 * Common English first names with a strong gender association, used only
 * when the document itself says nothing of a person's gender.
 *
 * Source: the most frequent given names in the US Social Security
 * Administration's birth-name tables (1940–2000) and the UK ONS lists (with the
 * Welsh, Scottish and Irish names common in British and Irish copy, and Māori names common in New Zealand
 * copy), keeping
 * names given at least 95% to one sex; unisex names (Jordan, Taylor, Alex,
 * Casey, Robin, Jamie) are left out on purpose.
 */
const MALE = words(`
  aaron adam adrian alan albert alexander alfred andrew anthony antonio arthur ben benjamin bernard bernie
  bill bob bobby brad bradley brandon brian bruce bryan carl carlos charles charlie chad christopher chuck
  clarence colin craig dan daniel dean darren dave david dennis derek dick don donald doug douglas duncan dylan
  earl eddie edward eric ernest eugene evan frank franklin fred frederick gary gavin george gerald glenn
  gordon graham greg gregory harold harry henry howard hugh ian isaac jack jacob jake james jason jeff
  jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan
  justin keith ken kenneth kevin kyle larry lawrence lee leonard lewis louis luis luke marco mark martin
  matt matthew michael mike mitch nathan neil nicholas nick oliver oscar patrick paul peter phil philip
  phillip ralph randy ray raymond richard rick rob robert roger ron ronald roy russell ryan sam samuel
  scott sean simon stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis troy
  victor vincent walter wayne william willie zachary mohammed muhammad ahmed ali omar hassan ivan vladimir
  sergei dmitri pierre jean-claude francois hans klaus giuseppe luigi franco pedro miguel javier hector
  raul abdul kareem rahul vijay hiroshi takeshi wei jun nigel trevor clive rupert marcus lars sven hugo
  felix kurt otto boris nikolai yuri andre andrei
  rhys callum alfie archie toby rory hamish angus fergus niall declan ciaran seamus gareth owen dafydd aled huw alastair alistair euan ewan jamal tariq idris gustav magnus
  brendan eoin padraig colm cillian oisin darragh wiremu hemi rewi
  alvin andy billy bradford brett brent bryce calvin carlton cecil cody conor connor cory damon danny darrell
  darryl dominic donovan dwight edgar edwin elijah elliott emmanuel ethan everett floyd frederic garrett
  gilbert herbert herman isaiah jared jeffery jerome johnnie karl leroy lester lloyd lonnie lyle malcolm
  manuel marvin melvin nathaniel quentin ramon reginald ricky rodney roland ronnie rudy salvatore shawn
  sheldon stanley vernon wendell wesley wilbur willard winston
`);

const FEMALE = words(`
  abigail alice alicia allison amanda amy andrea angela ann anna anne annie barbara betty beverly brenda
  carol caroline carolyn catherine cheryl christina christine cindy claire cynthia deborah debbie debra
  denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma evelyn frances gloria
  grace hannah heather helen hillary irene jane janet janice jean jennifer jessica joan joanne joyce
  judith judy julia julie karen katherine kathleen kathryn kathy kelly kimberly laura lauren linda lisa
  lois lori louise margaret maria marie marilyn martha mary megan melissa michelle mildred nancy nicole
  olivia pamela patricia paula peggy rachel rebecca rita rose ruth sally samantha sandra sara sarah sharon
  shirley sophia stephanie susan suzanne teresa theresa tiffany tina valerie victoria virginia wanda wendy
  nikki elena sonia sonya natalie natalia olga svetlana tatiana irina marine giulia francesca
  isabel isabella lucia carmen rosa ana fatima aisha mei yuki priya anita sunita ingrid greta heidi
  brigitte monica veronica vanessa tracy stacy kristen kirsten katie kate jenny jill gina dana erin erica
  gwen harriet hazel ivy joy june kim leah lily lucy mabel maggie marjorie molly nora pearl penny
  priscilla ruby sheila stella sylvia vera violet yvonne zoe amelia charlotte chloe ella madison mia naomi
  paige tara whitney renee maureen colleen
  imogen hester florence matilda phoebe poppy freya isla esme niamh siobhan aoife bethan ffion sinead grainne rosalind agnes beatrix edith winifred gillian philippa
  orla roisin ciara aisling caoimhe saoirse maeve aroha
  adrienne agatha alexandra alexis alison alma alyssa angelina annette antoinette arlene audrey bernadette
  bethany bonnie brianna bridget brittany camille candace carla cassandra cecilia celeste charlene cherie
  christa christy clara claudia colette connie constance danielle daphne darlene delia della delores dolores
  dora edna eileen eliza ellie eloise elsie erika esther ethel eugenia eva felicia fiona genevieve geraldine
  gertrude glenda gretchen gwendolyn hattie helena henrietta ida imelda inez irma isabelle jacqueline jasmine
  jeanette jeanne jenna jillian joanna jocelyn josephine juanita juliet justine kara katrina kayla kendra
  kristina lana laurie leila lena lillian loretta lorraine lucille lydia madeline marcia margarita margo
  marian marianne marina marisa marisol marlene maxine melanie melinda meredith miranda miriam muriel myra
  myrtle nadia natasha nellie nina noreen norma pauline phyllis regina rhonda roberta robyn rochelle rosalie
  rosemary roxanne sabrina selena sherry sophie tamara tammy tanya thelma tonya vicki wilma yolanda
`);

export const FIRST_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...MALE.map((name) => [name, 'male'] as const),
  ...FEMALE.map((name) => [name, 'female'] as const),
]);
