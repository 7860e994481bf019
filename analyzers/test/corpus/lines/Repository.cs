using System;
using System.Collections.Generic; // trailing

namespace Example.Data
{
    /// <summary>
    /// XML doc comment lines.
    /// </summary>
    public class Repository
    {
        #region Fields
        private readonly string _path = @"C:\data\//not-a-comment";
        #endregion

        /* block
           comment */
        public IEnumerable<string> Load()
        {
            yield return _path; // trailing
            yield return "/* string */";
        }
    }
}
