/**
 * What the tour command says before its build: with {@code mvn -q} nothing else shows for the
 * minute or so that building the SDK takes. Run by the root POM's tour profile as a single-file
 * program ({@code java TourBuilding.java}), so that it needs no build of its own.
 */
final class TourBuilding {

  public static void main(String[] args) {
    System.out.println("Building crashplan4j, then the tour runs (a minute or so; -q shows no progress)...");
  }
}
